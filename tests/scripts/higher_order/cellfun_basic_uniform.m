% cellfun with a uniform (default) output: one scalar per cell, same shape as the input.
c = {1, [1 2], 'abc'; [], true, {1, 2, 3}};
n = cellfun(@numel, c);
fprintf('%s %dx%d\n', class(n), size(n, 1), size(n, 2));
fprintf('%d ', n); fprintf('\n');
e = cellfun(@isempty, c);
fprintf('%s: %d %d %d %d %d %d\n', class(e), e);
sq = cellfun(@(x) sum(x(:)) * 2, {1, [2 3], 4});
fprintf('%g ', sq); fprintf('\n');
