x = [1 2 3];
x(2) = int8(5)
y = [1.4 300];
y(3) = uint8(7);
fprintf('%s: %d %d %d\n', class(y), y);
s = [1 2];
s(1) = single(0.5);
fprintf('%s\n', class(s));
s(2) = 0.25;
fprintf('%s %g %g\n', class(s), s);
e = [];
e(3) = uint16(9);
fprintf('%s %d %d %d\n', class(e), e);
