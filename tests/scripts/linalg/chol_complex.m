% chol of a Hermitian positive definite complex matrix
A = [2 1i; -1i 2];
R = chol(A);
fprintf('%d\n', norm(R'*R - A) < 1e-14);
fprintf('%.10f\n', real(diag(R)));
disp(isreal(diag(R)))
