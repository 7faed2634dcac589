x = [1 2 3];
fprintf('%d\n', x(3));
y = x(4);
