% num2str(x, precision): that many significant digits (%g rules).
fprintf('[%s]\n', num2str(pi, 8));
fprintf('[%s]\n', num2str(pi, 2));
fprintf('[%s]\n', num2str(-123.456, 2));
fprintf('[%s]\n', num2str(5, 3));
fprintf('[%s]\n', num2str(1/3, 10));
r = num2str([pi; exp(1)], 4);
fprintf('%d %d\n', size(r));
disp(r);
