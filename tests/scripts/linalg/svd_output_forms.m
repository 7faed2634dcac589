% 'vector' and 'matrix' output forms of svd
A = [2 0; 0 1; 0 0];
[U, s, V] = svd(A, 'vector');
disp(s')
S = svd(A, 'matrix')
[U, S, V] = svd(A, 'econ', 'vector');
disp(size(S))
