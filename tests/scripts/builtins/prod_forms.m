A = [1 2; 3 4];
fprintf('%d\n', prod([1 2 3 4]));
fprintf('%d ', prod(A)); fprintf('\n');
fprintf('%d ', prod(A, 2)); fprintf('\n');
fprintf('%d\n', prod([]));
fprintf('%d\n', prod([2; 5]));
