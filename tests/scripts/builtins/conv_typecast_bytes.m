% Three bytes cannot make whole uint16 elements.
y = typecast(uint8([1 2 3]), 'uint16');
