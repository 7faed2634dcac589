% [a, b] = cellfun(...) asks the function for two outputs per element.
[lo, hi] = cellfun(@(x) deal(min(x), max(x)), {[1 5], [3 2 9], 7});
fprintf('%g ', lo); fprintf('| '); fprintf('%g ', hi); fprintf('\n');
[r, c] = cellfun(@size, {ones(2, 3), 'abcd', []});
fprintf('%d ', r); fprintf('| '); fprintf('%d ', c); fprintf('\n');
[p, q] = cellfun(@(x) deal(x, [x x]), {1, 2}, 'UniformOutput', false);
fprintf('%d %d %d\n', numel(p{2}), numel(q{2}), q{2}(2));
[m, i] = cellfun(@max, {[3 9 2], [5 1]});
fprintf('%d %d %d %d\n', m, i);
