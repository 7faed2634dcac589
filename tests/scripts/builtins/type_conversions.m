fprintf('%d\n', double('A'));
fprintf('%d ', double('hi')); fprintf('\n');
fprintf('%d\n', double(true));
fprintf('%d ', logical([2 0 -1])); fprintf('\n');
disp(class(logical(1)))
disp(char(72))
disp(char([72 105]))
disp(class(char(65)))
