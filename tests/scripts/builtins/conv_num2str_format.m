% num2str(x, format): the format applied row by row, blanks kept.
fprintf('[%s]\n', num2str(pi, '%8.3f'));
fprintf('[%s]\n', num2str(3, '%5.2f'));
fprintf('[%s]\n', num2str([1 2 3], '%d,'));
m = num2str([1 2; 3 4], '%d %d');
fprintf('%d %d\n', size(m));
disp(m);
fprintf('[%s]\n', num2str(int8(-7), '%+d'));
fprintf('[%s]\n', num2str(255, '%x'));
