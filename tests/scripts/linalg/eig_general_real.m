% [V,D] = eig(A) for a nonsymmetric matrix with real eigenvalues: real V and D
A = [1 2; 3 4];
[V, D] = eig(A)
disp(isreal(V))
fprintf('%d\n', norm(A*V - V*D) < 1e-12);
fprintf('%.12f\n', sqrt(sum(V.^2)));
