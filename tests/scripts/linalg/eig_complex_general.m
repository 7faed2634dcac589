% eig of a general complex matrix
A = [1 2i; 3 4];
e = eig(A);
fprintf('%.6f %+.6f\n', [real(e) imag(e)]');
[V, D] = eig(A);
fprintf('%d\n', norm(A*V - V*D) < 1e-12);
