% arrayfun with 'UniformOutput', false: a cell of the input's shape.
r = arrayfun(@(n) 1:n, [1 2 3]', 'UniformOutput', false);
fprintf('%s %dx%d\n', class(r), size(r, 1), size(r, 2));
fprintf('%d ', r{3}); fprintf('\n');
s = arrayfun(@(n) struct('n', n), 1:2, 'UniformOutput', false);
fprintf('%d %d\n', s{1}.n, s{2}.n);
h = arrayfun(@(k) @(x) x + k, 1:3, 'UniformOutput', false);
fprintf('%g\n', h{3}(10));
