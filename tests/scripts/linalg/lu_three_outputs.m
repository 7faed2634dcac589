% [L,U,P] = lu(A): P*A = L*U with unit lower triangular L
A = [1 2 3; 4 5 6; 7 8 10];
[L, U, P] = lu(A)
fprintf('%d\n', norm(P*A - L*U) < 1e-12);
