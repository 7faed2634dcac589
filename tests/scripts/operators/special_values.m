fprintf('%g %g %g\n', 1/0, -1/0, 0/0);
fprintf('%d\n', NaN == NaN);
fprintf('%d\n', Inf > 1e308);
fprintf('%g\n', Inf - Inf);
fprintf('%g\n', 1e308 * 10);
fprintf('%d %d\n', isnan(NaN), isinf(-Inf));
fprintf('%.17g\n', 0.1 + 0.2);
