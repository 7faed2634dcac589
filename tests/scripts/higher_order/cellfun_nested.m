% cellfun inside a cellfun callback, and a callback that is cellfun itself.
c = {{1, 2}, {3, 4, 5}, {}};
sums = cellfun(@(inner) sum(cellfun(@(x) x * 10, inner)), c);
fprintf('%g ', sums); fprintf('\n');
lens = cellfun(@(inner) cellfun(@numel, inner, 'UniformOutput', false), c, 'UniformOutput', false);
fprintf('%d ', size(lens{2})); fprintf('\n');
n = cellfun(@cellfun, {@isempty, @isempty}, {{[], 1}, {2}}, 'UniformOutput', false);
fprintf('%d %d | %d\n', n{1}, n{2});
m = arrayfun(@(k) sum(arrayfun(@(j) j * k, 1:k)), 1:4);
fprintf('%g ', m); fprintf('\n');
