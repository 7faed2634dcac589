m = int32(magic(3))
n = int16([1 100; -20 5])
z = zeros(2, 2, 2, 'uint8')
