% A column stays a column; a row or a scalar gives a row.
c = typecast(uint8([1; 0; 2; 0]), 'uint16');
fprintf('%d %d | %d %d\n', size(c), c);
r = typecast(uint8([1 0 2 0]), 'uint16');
fprintf('%d %d\n', size(r));
s = typecast(uint16(258), 'uint8');
fprintf('%d %d | %d %d\n', size(s), s);
z = typecast(uint8(zeros(1, 0)), 'double');
fprintf('%d %s\n', isempty(z), class(z));
