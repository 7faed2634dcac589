fprintf('%d\n', 1 | 0 & 0);
fprintf('%d\n', 0 & 0 | 1);
fprintf('%d\n', true || false && false);
fprintf('%d\n', 1 < 2 < 3);
fprintf('%d\n', 3 > 2 > 1);
fprintf('%d\n', 1 + 1 == 2);
fprintf('%d\n', 2 > 1 & 3 > 2);
