fprintf('%d\n', max([1 NaN 3]));
fprintf('%d\n', min([NaN 2 1]));
[m, i] = min([NaN 2 1]);
fprintf('%d %d\n', m, i);
fprintf('%d\n', isnan(max([NaN NaN])));
fprintf('%d %d\n', size(max([])));
