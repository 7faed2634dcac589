fprintf('%d\n', addone(41));
v = addone([1 2 3]);
fprintf('%d ', v); fprintf('\n');
