fprintf('%g\n', hypot(3, 4));
fprintf('%g ', hypot([3 5], [4 12])); fprintf('\n');
fprintf('%g\n', hypot(1e200, 1e200) > 1e200);
