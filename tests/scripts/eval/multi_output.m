[a, b] = eval('deal(1, 2)');
fprintf('%d %d\n', a, b);
[m, i] = eval('max([4 9 2])');
fprintf('%d %d\n', m, i);
