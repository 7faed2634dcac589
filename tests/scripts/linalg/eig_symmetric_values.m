% eig of a real symmetric matrix: real eigenvalues in ascending order
A = [2 -1 0; -1 2 -1; 0 -1 2];
e = eig(A);
fprintf('%.10f\n', e);
disp(size(e))
disp(isreal(e))
disp(issorted(e))
