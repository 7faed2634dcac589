% chol reads only the upper triangle of A
R1 = chol([4 2; 99 3]);
R2 = chol([4 2; 2 3]);
disp(isequal(R1, R2))
L = chol([4 -7; 2 3], 'lower');
disp(L)
