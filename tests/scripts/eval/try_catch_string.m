eval('error(''boom'')', 'disp(''caught'')');
eval('q = 1;', 'q = 2;');
fprintf('%d\n', q);
eval('x = (', 'disp(''syntax fallback'')');
