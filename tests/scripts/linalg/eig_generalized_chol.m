% eig(A,B) with symmetric A and symmetric positive definite B: real, ascending, V'*B*V = I
A = [2 1; 1 3];
B = [4 1; 1 2];
e = eig(A, B);
fprintf('%.10f\n', e);
[V, D] = eig(A, B);
fprintf('%d\n', norm(A*V - B*V*D) < 1e-12);
fprintf('%d\n', norm(V'*B*V - eye(2)) < 1e-12);
