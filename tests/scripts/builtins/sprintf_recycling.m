fprintf('[%s]\n', sprintf('%d,', [1 2 3]));
fprintf('[%s]\n', sprintf('%d:%d ', [1 2; 3 4]));
fprintf('[%s]\n', sprintf('%d', []));
fprintf('[%s]\n', sprintf('(%d %s)', 5, 'ab'));
fprintf('[%s]\n', sprintf('%s-', 'ab', 'cd'));
s = sprintf('%d', 12);
disp(class(s))
fprintf('%d %d\n', size(s));
