% chol(A,'lower') gives L with L*L' = A
A = [4 2; 2 3];
L = chol(A, 'lower')
fprintf('%d\n', norm(L*L' - A) < 1e-14);
R = chol(A, 'upper');
fprintf('%d\n', isequal(R, L'));
