fprintf('%d ', abs([-2 3 0])); fprintf('\n');
fprintf('%d ', sign([-2 0 3])); fprintf('\n');
fprintf('%g\n', abs(-3 + 4i));
fprintf('%g\n', abs(-0.5));
