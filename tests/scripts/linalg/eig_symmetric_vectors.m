% [V,D] = eig(A) for symmetric A: orthonormal V, diagonal D (LAPACK dsyev signs)
A = [4 1 2; 1 3 0; 2 0 5];
[V, D] = eig(A);
fprintf('%.4f\n', diag(D));
fprintf('residual small: %d\n', norm(A*V - V*D) < 1e-12);
fprintf('orthonormal: %d\n', norm(V'*V - eye(3)) < 1e-12);
fprintf('diagonal: %d\n', isequal(D, diag(diag(D))));
V
