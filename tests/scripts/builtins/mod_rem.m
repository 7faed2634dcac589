fprintf('%g %g\n', mod(7, 3), rem(7, 3));
fprintf('%g %g\n', mod(-7, 3), rem(-7, 3));
fprintf('%g %g\n', mod(7, -3), rem(7, -3));
fprintf('%g %g\n', mod(5, 0), rem(5, 0));
fprintf('%g\n', mod(5.5, 2));
fprintf('%g ', mod(1:6, 3)); fprintf('\n');
