% [Q,R,P] = qr(A): column pivoting, A*P = Q*R, abs(diag(R)) decreasing
A = [1 2 3; 4 5 6; 7 8 10];
[Q, R, P] = qr(A);
P
fprintf('%d\n', norm(A*P - Q*R) < 1e-12);
d = abs(diag(R));
fprintf('%d\n', all(d(1:end-1) >= d(2:end)));
[Q, R, p] = qr(A, 0)
[Q, R, p] = qr(A, 'vector');
disp(p)
[Q, R, P] = qr(A, 'econ');
disp(size(P))
