% isequal with more than two inputs: true only if all are equal.
fprintf('%d %d\n', isequal(1, 1, 1), isequal(1, 1, 2));
fprintf('%d %d\n', isequal({1}, {1}, {1}), isequal({1}, {1}, {2}));
fprintf('%d\n', isequal('abc', 'abc', [97 98 99]));
fprintf('%d %d\n', isequal(NaN, NaN), isequal([1 NaN], [1 NaN]));
x = NaN;
fprintf('%d\n', isequal(x, x));
