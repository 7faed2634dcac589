% eig of a real matrix with complex eigenvalues returns a complex conjugate pair
A = [0 1; -1 0];
e = eig(A);
disp(isreal(e))
fprintf('%g %+g\n', [real(e) imag(e)]');
[V, D] = eig(A);
fprintf('%d\n', norm(A*V - V*D) < 1e-12);
fprintf('%.4f\n', abs(V));
fprintf('%d\n', isequal(V(:,2), conj(V(:,1))));
