% eigenvalues of a general 3x3 matrix (LAPACK order, not sorted)
A = [1 2 3; 4 5 6; 7 8 10];
e = eig(A);
fprintf('%.6f\n', e);
[V, D] = eig(A);
fprintf('%d\n', norm(A*V - V*D) < 1e-10);
fprintf('%.6f\n', sum(e) - trace(A) + 1);
