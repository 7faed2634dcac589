% eig(A,B) for nonsymmetric A: the QZ algorithm; A*V = B*V*D
A = [1 2; 3 4];
B = [1 1; 0 1];
e = eig(A, B);
fprintf('%.10f\n', sort(e));
[V, D] = eig(A, B);
fprintf('%d\n', norm(A*V - B*V*D) < 1e-12);
e2 = eig([1 0; 0 2], [1 0; 0 0]);
disp(e2')
[V, D, W] = eig(A, B);
fprintf('%d\n', norm(W'*A - D*W'*B) < 1e-12);
