% arrayfun over numeric, logical, char and struct arrays keeps the input's shape.
a = arrayfun(@(x) x ^ 2, [1 2; 3 4]);
fprintf('%dx%d: %g %g %g %g\n', size(a, 1), size(a, 2), a);
b = arrayfun(@(x) ~x, [true false true]);
fprintf('%s %d %d %d\n', class(b), b);
c = arrayfun(@(ch) double(ch) - 96, 'abc');
fprintf('%g %g %g\n', c);
s = struct('v', {5, 6, 7});
d = arrayfun(@(e) e.v * 2, s);
fprintf('%g %g %g\n', d);
e = arrayfun(@(x) x, 42);
fprintf('%g\n', e);
z = arrayfun(@(x) abs(x), [3+4i, -2]);
fprintf('%g %g\n', z);
k = arrayfun(@(x) class(x), int8([1 2]), 'UniformOutput', false);
fprintf('%s %s\n', k{:});
cc = arrayfun(@(x) class(x), {1, 'a'}, 'UniformOutput', false);
fprintf('%s %s\n', cc{:});
