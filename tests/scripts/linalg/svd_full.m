% [U,S,V] = svd(A): full factors (LAPACK dgesvd signs)
A = [1 2; 3 4];
[U, S, V] = svd(A)
fprintf('%d\n', norm(U*S*V' - A) < 1e-12);
