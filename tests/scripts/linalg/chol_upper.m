% R = chol(A): upper triangular with R'*R = A
A = [4 2; 2 3];
R = chol(A)
fprintf('%d\n', norm(R'*R - A) < 1e-14);
A = [4 1 2; 1 3 0; 2 0 5];
R = chol(A);
fprintf('%d\n', isequal(R, triu(R)));
fprintf('%d\n', norm(R'*R - A) < 1e-13);
