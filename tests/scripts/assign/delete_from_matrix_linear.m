A = [1 2; 3 4];
A(2) = [];
fprintf('%d %d\n', size(A));
fprintf('%d ', A); fprintf('\n');
