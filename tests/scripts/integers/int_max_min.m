[v, i] = max(int8([3 9 -2 9]))
[v, i] = min(uint16([4 1; 2 8]));
fprintf('%s: %d %d / %d %d\n', class(v), v, i);
a = max(int8([1 5]), 3.6)
b = min(uint8([1 5]), [0 900]);
fprintf('%s %d %d\n', class(b), b);
c = max(int8([1 5]), NaN);
fprintf('%s %d %d\n', class(c), c);
d = max(single([1 5]), 2);
fprintf('%s %g %g\n', class(d), d);
e = max(int64([9007199254740992 9007199254740993]));
fprintf('%d\n', e);
