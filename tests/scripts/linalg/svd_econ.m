% svd(A,'econ') and svd(A,0) for tall and wide matrices
A = [1 2; 3 4; 5 6];
[U, S, V] = svd(A, 'econ');
disp(size(U)); disp(size(S)); disp(size(V))
[U, S, V] = svd(A, 0);
disp(size(U)); disp(size(S)); disp(size(V))
B = A';
[U, S, V] = svd(B, 'econ');
disp(size(U)); disp(size(S)); disp(size(V))
[U, S, V] = svd(B, 0);
disp(size(U)); disp(size(S)); disp(size(V))
fprintf('%d\n', norm(U*S*V' - B) < 1e-12);
