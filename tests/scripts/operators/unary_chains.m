fprintf('%g\n', - -3);
fprintf('%g\n', -+-3);
fprintf('%g\n', +5);
fprintf('%g\n', 2 - -1);
fprintf('%g\n', 2*-3);
fprintf('%g\n', 2^-1*4);
