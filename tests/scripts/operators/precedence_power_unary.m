fprintf('%g\n', -2^2);
fprintf('%g\n', 2^-1);
fprintf('%g\n', 2^3^2);
fprintf('%g\n', -2^-2);
fprintf('%g\n', (-2)^2);
fprintf('%g\n', 2*3^2);
