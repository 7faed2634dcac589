x = int8([1 2]);
x(5) = 9
m = uint16(1);
m(2, 3) = 4
d = int32([1 2 3 4 5]);
d([2 4]) = [];
fprintf('%d ', d); fprintf('%s\n', class(d));
a = int64(magic(3));
a(:, 2) = []
s = single([1 2 3]);
s(end) = [];
fprintf('%s %d\n', class(s), numel(s));
