x = [10 20 30 40 50];
y = [1 2 3];
fprintf('%d\n', x(y(end)));
fprintf('%d\n', x(end - y(end)));
fprintf('%d\n', x(y(end) + 1));
z = x(y);
fprintf('%d\n', z(end));
