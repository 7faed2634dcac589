eval('2 + 3')
fprintf('%d\n', ans * 2);
