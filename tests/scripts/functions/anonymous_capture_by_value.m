a = 2;
f = @(x) a * x;
a = 100;
fprintf('%d\n', f(3));
v = [1 2 3];
g = @() sum(v);
v(1) = 50;
fprintf('%d\n', g());
