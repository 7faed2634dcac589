add = @(a, b) a + b;
fprintf('%d\n', add(2, 3));
sq = @(x) x.^2;
fprintf('%d ', sq([1 2 3])); fprintf('\n');
k = @() 42;
fprintf('%d\n', k());
compose = @(f, g, x) f(g(x));
fprintf('%d\n', compose(sq, @(x) x + 1, 2));
