x = 'a' + 1;
fprintf('%d\n', x);
disp(class(x))
disp(char(x))
fprintf('%d ', 'abc' == 'abc'); fprintf('\n');
fprintf('%d\n', 'a' == 97);
fprintf('%d ', 'abc' - 'a'); fprintf('\n');
