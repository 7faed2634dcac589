% sqrtm and logm: principal square root and logarithm
X = sqrtm([4 1; 0 9])
fprintf('%d\n', norm(X*X - [4 1; 0 9]) < 1e-12);
S = sqrtm([2 1; 1 2]);
fprintf('%.10f\n', S);
Y = sqrtm([1 2; 3 4]);
disp(isreal(Y))
fprintf('%d\n', norm(Y*Y - [1 2; 3 4]) < 1e-12);
L = logm(expm([1 2; 0 3]));
fprintf('%.10f\n', L);
M = logm([2 1; 1 2]);
fprintf('%.10f\n', M);
