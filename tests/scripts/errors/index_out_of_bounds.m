x = [10 20 30 40 50];
fprintf('%d\n', x(end));
fprintf('%d\n', x(6));
