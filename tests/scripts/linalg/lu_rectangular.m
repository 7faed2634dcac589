% lu of rectangular matrices
A = [1 2; 3 4; 5 6];
[L, U, P] = lu(A);
disp(size(L)); disp(size(U)); disp(size(P))
fprintf('%d\n', norm(P*A - L*U) < 1e-12);
B = A';
[L, U, P] = lu(B);
disp(size(L)); disp(size(U)); disp(size(P))
fprintf('%d\n', norm(P*B - L*U) < 1e-12);
