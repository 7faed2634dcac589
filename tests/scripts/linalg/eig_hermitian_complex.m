% eig of a complex Hermitian matrix: real eigenvalues, complex eigenvectors
A = [2 1i; -1i 2];
e = eig(A);
fprintf('%.10f\n', e);
disp(isreal(e))
[V, D] = eig(A);
disp(isreal(D))
fprintf('%d\n', norm(A*V - V*D) < 1e-12);
fprintf('%d\n', norm(V'*V - eye(2)) < 1e-12);
