f = @() eval('1 + 2');
fprintf('%d\n', f());
