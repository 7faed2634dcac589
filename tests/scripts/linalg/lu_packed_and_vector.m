% Y = lu(A) (L+U-I), and the 'vector' permutation form
A = [1 2 3; 4 5 6; 7 8 10];
Y = lu(A)
[L, U, p] = lu(A, 'vector')
fprintf('%d\n', norm(A(p,:) - L*U) < 1e-12);
