eval('eval(''n = 2;'')');
fprintf('%d\n', n);
eval('eval(''n = n + 1;''); m = n * 10;');
fprintf('%d %d\n', n, m);
