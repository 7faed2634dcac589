x = int16([10 20 30 40]);
a = x(2)
b = x([4 1]);
fprintf('%s %d %d\n', class(b), b);
c = x(logical([1 0 1 0]));
fprintf('%s %d %d\n', class(c), c);
m = uint8([1 2; 3 4]);
fprintf('%d\n', m(:, 2));
fprintf('%d\n', m(end, end));
v = [10 20 30];
fprintf('%d\n', v(int8(2)));
fprintf('%d\n', v(uint64([3 1])));
s = single([1.5 2.5 3.5]);
t = s(2:3);
fprintf('%s %g %g\n', class(t), t);
