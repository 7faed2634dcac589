% Empty inputs give empty outputs of the input's shape; the function is never called.
a = cellfun(@(x) error('never called'), {});
fprintf('%s %dx%d\n', class(a), size(a, 1), size(a, 2));
b = cellfun(@numel, cell(0, 3));
fprintf('%s %dx%d\n', class(b), size(b, 1), size(b, 2));
c = cellfun(@numel, cell(0, 3), 'UniformOutput', false);
fprintf('%s %dx%d\n', class(c), size(c, 1), size(c, 2));
[p, q] = cellfun(@deal, cell(2, 0));
fprintf('%dx%d %dx%d\n', size(p, 1), size(p, 2), size(q, 1), size(q, 2));
d = arrayfun(@(x) x, zeros(1, 0));
fprintf('%s %dx%d\n', class(d), size(d, 1), size(d, 2));
