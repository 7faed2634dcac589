fprintf('%d\n', isequal([1 2], [1 2]));
fprintf('%d\n', isequal([1 2], [1 2 3]));
fprintf('%d\n', isequal('abc', 'abc'));
fprintf('%d\n', isequal('abc', 'abd'));
fprintf('%d\n', isequal(1, 1, 1));
fprintf('%d\n', isequal(NaN, NaN));
fprintf('%d\n', isequal([1 2], [1; 2]));
fprintf('%d\n', isequal(true, 1));
fprintf('%d\n', isequal([], zeros(0, 0)));
