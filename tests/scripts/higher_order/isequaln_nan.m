% isequaln treats NaN values as equal, also inside cells and structs.
fprintf('%d %d\n', isequaln(NaN, NaN), isequaln([1 NaN 3], [1 NaN 3]));
fprintf('%d\n', isequaln([1 NaN], [1 2]));
fprintf('%d %d\n', isequaln({NaN, 'a'}, {NaN, 'a'}), isequal({NaN}, {NaN}));
fprintf('%d\n', isequaln(struct('v', NaN), struct('v', NaN)));
fprintf('%d %d\n', isequaln(NaN, NaN, NaN), isequaln(NaN, NaN, 1));
fprintf('%d\n', isequaln(NaN + 1i, NaN + 1i));
