% eig(A,'vector') / eig(A,'matrix') choose the form of the eigenvalue output
A = [2 1; 1 2];
d = eig(A, 'matrix');
disp(size(d))
fprintf('%.10f\n', d);
[V, d] = eig(A, 'vector');
disp(size(d))
e = eig(A, 'vector');
disp(size(e))
[V, D] = eig(A, 'matrix');
disp(size(D))
