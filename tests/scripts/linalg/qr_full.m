% [Q,R] = qr(A): Q orthogonal m-by-m, R upper triangular m-by-n
A = [1 2; 3 4; 5 6];
[Q, R] = qr(A)
fprintf('%d\n', norm(Q*R - A) < 1e-12);
fprintf('%d\n', norm(Q'*Q - eye(3)) < 1e-12);
