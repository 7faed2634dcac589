fprintf('%d %d\n', any([0 0 1]), all([1 1 0]));
A = [1 0; 1 1];
fprintf('%d ', any(A)); fprintf('\n');
fprintf('%d ', all(A)); fprintf('\n');
fprintf('%d ', all(A, 2)); fprintf('\n');
fprintf('%d %d\n', any([]), all([]));
fprintf('%d\n', all(all(A > -1)));
disp(class(any([1 2])))
