% 'UniformOutput', false collects the results in a cell of the input's shape.
r = cellfun(@(x) x * 2, {1, [1 2]; 3, []}, 'UniformOutput', false);
fprintf('%s %dx%d\n', class(r), size(r, 1), size(r, 2));
disp(r{1, 2});
disp(isempty(r{2, 2}));
u = cellfun(@upper, {'ab', 'cd'}, 'UniformOutput', false)
