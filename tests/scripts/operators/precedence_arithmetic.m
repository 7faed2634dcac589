fprintf('%g\n', 1 + 2 * 3);
fprintf('%g\n', (1 + 2) * 3);
fprintf('%g\n', 10 - 2 - 3);
fprintf('%g\n', 12 / 2 / 3);
fprintf('%g\n', 2 \ 6);
fprintf('%g\n', 7 / 2);
fprintf('%g\n', -3 + 5);
