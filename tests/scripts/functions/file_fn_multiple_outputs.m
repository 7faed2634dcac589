[a, b] = scale_shift(3, 2);
fprintf('%d %d\n', a, b);
c = scale_shift(5, 10);
fprintf('%d\n', c);
