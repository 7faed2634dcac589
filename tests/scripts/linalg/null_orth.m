% null(A) and orth(A): orthonormal bases from the SVD
A = [1 2 3; 2 4 6];
Z = null(A);
disp(size(Z))
fprintf('%d\n', norm(A*Z) < 1e-12);
fprintf('%d\n', norm(Z'*Z - eye(2)) < 1e-12);
Q = orth(A);
disp(size(Q))
fprintf('%.6f\n', abs(Q));
disp(size(null(eye(3))))
disp(size(orth(zeros(3))))
n = null([1 1])
