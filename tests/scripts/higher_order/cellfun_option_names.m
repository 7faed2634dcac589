% Option names are case-insensitive and may be shortened ('uni', 0).
a = cellfun(@(x) [x x], {1, 2}, 'uni', 0);
b = cellfun(@(x) [x x], {1, 2}, 'uniformoutput', false);
c = cellfun(@(x) [x x], {1, 2}, 'UniformOutput', 0);
d = cellfun(@(x) x + 1, {1, 2}, 'UniformOutput', true);
fprintf('%d %d %d\n', isequal(a, b), isequal(b, c), iscell(c));
fprintf('%s %g %g\n', class(d), d);
% The last of repeated options wins.
e = cellfun(@(x) x, {1, 2}, 'UniformOutput', true, 'UniformOutput', false);
fprintf('%d\n', iscell(e));
