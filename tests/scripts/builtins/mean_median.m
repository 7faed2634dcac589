fprintf('%g\n', mean([1 2 3 4]));
A = [1 2; 3 4];
fprintf('%g ', mean(A)); fprintf('\n');
fprintf('%g ', mean(A, 2)); fprintf('\n');
fprintf('%g\n', median([3 1 2]));
fprintf('%g\n', median([4 1 3 2]));
fprintf('%g ', median([1 5; 3 2; 9 4])); fprintf('\n');
fprintf('%g\n', mean([2; 4; 9]));
