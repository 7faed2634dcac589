% isequal compares cells element by element, recursively.
fprintf('%d ', isequal({1, 2}, {1, 2}), isequal({1, 2}, {1, 3}), isequal({1, 2}, {1; 2}));
fprintf('\n');
fprintf('%d ', isequal({'ab', {1, [2 3]}}, {'ab', {1, [2 3]}}), isequal({'ab', {1, [2 3]}}, {'ab', {1, [2 4]}}));
fprintf('\n');
fprintf('%d ', isequal({}, {}), isequal({}, cell(0, 1)), isequal({1}, 1), isequal({true}, {1}), isequal({'a'}, {97}));
fprintf('\n');
c = {1, 'x', {}};
d = c;
d{3} = {};
fprintf('%d %d\n', isequal(c, d), isequal({@sin}, {@sin}));
