s.f = @(x) x * 2;
s.v = [10 20 30];
fprintf('%d %d\n', s.f(4), s.v(2));
c = {s};
fprintf('%d\n', c{1}.v(3));
