% qr of a complex matrix
A = [1+1i 2; 3 4i];
[Q, R] = qr(A);
fprintf('%d\n', norm(Q*R - A) < 1e-12);
fprintf('%d\n', norm(Q'*Q - eye(2)) < 1e-12);
fprintf('%d\n', isequal(R, triu(R)));
