% svd of a complex matrix: real singular values, unitary factors
A = [1+1i 2; 3 4-2i];
s = svd(A);
fprintf('%.10f\n', s);
disp(isreal(s))
[U, S, V] = svd(A);
fprintf('%d\n', norm(U*S*V' - A) < 1e-12);
fprintf('%d\n', norm(U'*U - eye(2)) < 1e-12);
