A = repmat([1 2], 2, 2);
fprintf('%d %d\n', size(A));
fprintf('%d ', A); fprintf('\n');
B = repmat(5, 2);
fprintf('%d ', B); fprintf('\n');
C = repmat([1; 2], 1, 3);
fprintf('%d %d\n', size(C));
D = repmat([1 2], [3 1]);
fprintf('%d %d\n', size(D));
disp(repmat('ab', 1, 3))
