% linsolve with and without an options structure
A = [2 0 0; 1 3 0; 4 5 6];
b = [2; 7; 32];
opts.LT = true;
x = linsolve(A, b, opts)
U = A';
opts2.UT = true;
y = linsolve(U, [6; 13; 18], opts2)
opts3.UT = true;
opts3.TRANSA = true;
z = linsolve(U, b, opts3)
S = [4 1; 1 3];
o.SYM = true; o.POSDEF = true;
w = linsolve(S, [1; 2]);
w2 = linsolve(S, [1; 2], o);
fprintf('%.10f\n', [w w2]);
[x, r] = linsolve([1 2; 3 4], [5; 11]);
fprintf('%.10f\n', x);
fprintf('%d\n', r > 0 && r < 1);
[x, r] = linsolve([1 1; 1 2; 1 3], [1; 2; 2]);
fprintf('%.10f\n', x);
disp(r)
