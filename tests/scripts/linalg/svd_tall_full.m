% full SVD of a tall matrix: U is m-by-m, S m-by-n, V n-by-n
A = [1 2; 3 4; 5 6];
[U, S, V] = svd(A);
disp(size(U)); disp(size(S)); disp(size(V))
fprintf('%d\n', norm(U*S*V' - A) < 1e-12);
fprintf('%d\n', norm(U'*U - eye(3)) < 1e-12);
S
