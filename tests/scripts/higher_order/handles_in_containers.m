% Handles stored in structs and cells are called through indexing.
s.f = @(x) x * 2;
s.g = @() 7;
s.h = @max;
fprintf('%g %g %g\n', s.f(3), s.g(), s.h([4 8 1]));
c = {@sin, @(x) x + 1, @() 'none'};
fprintf('%g %g %s\n', c{1}(0), c{2}(4), c{3}());
t.inner.fn = @(a, b) a - b;
fprintf('%g\n', t.inner.fn(10, 4));
arr(2).op = @(v) v .^ 2;
fprintf('%g\n', arr(2).op(5));
fs = {@(x) x + 1, @(x) x * 10};
y = 1;
for k = 1:numel(fs)
  y = fs{k}(y);
end
fprintf('%g\n', y);
[mx, ix] = s.h([3 9 4]);
fprintf('%g %g\n', mx, ix);
