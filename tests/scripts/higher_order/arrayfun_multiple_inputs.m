% Several arrays of one size are walked together; [a, b] = arrayfun(...) works too.
p = arrayfun(@(a, b) a * b, [1 2 3], [4 5 6]);
fprintf('%g ', p); fprintf('\n');
[q, r] = arrayfun(@(a, b) deal(floor(a / b), mod(a, b)), [7 8 9], [2 3 4]);
fprintf('%g %g %g | %g %g %g\n', q, r);
t = arrayfun(@(a, b, c) a + b + c, ones(2), 2 * ones(2), 3 * ones(2));
fprintf('%dx%d %g\n', size(t, 1), size(t, 2), t(2, 2));
