x = [5 6 7];
a = x (2);
b = [x (2)];
c = [x(2)];
fprintf('%d %d %d\n', a, numel(b), numel(c));
