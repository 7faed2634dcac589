% typecast reinterprets the bytes (little endian) without changing them.
x = typecast(uint8([1 0 0 0]), 'uint32');
fprintf('%s %d\n', class(x), x);
fprintf('%d\n', typecast(single(1), 'uint32'));
fprintf('%d\n', typecast(int8(-1), 'uint8'));
w = typecast(uint32(1), 'uint8');
fprintf('%s %d %d: %d %d %d %d\n', class(w), size(w), w);
d = typecast(1, 'uint8');
fprintf('%d ', d); fprintf('\n');
e = typecast(uint8([0 0 0 0 0 0 240 63]), 'double');
fprintf('%s %g\n', class(e), e);
fprintf('%d\n', typecast(int16([-2 1]), 'int32'));
s = typecast(typecast(single([1.5 -2]), 'uint8'), 'single');
fprintf('%s %g %g\n', class(s), s);
b = typecast(int64(-1), 'uint16');
fprintf('%d ', b); fprintf('\n');
