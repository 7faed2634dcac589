fprintf('%d,', [1 2 3]);
fprintf('\n');
fprintf('%d-%d\n', 1:5);
fprintf('\n');
fprintf('%d %d\n', [1 2; 3 4]);
fprintf('[%g]', [0.5 1.5]);
fprintf('\n');
