% [L,U] = lu(A): L is a row-permuted lower triangular matrix, A = L*U
A = [1 2 3; 4 5 6; 7 8 10];
[L, U] = lu(A)
fprintf('%d\n', norm(L*U - A) < 1e-12);
