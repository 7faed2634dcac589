% qr(A,0) and qr(A,'econ'): economy size
A = [1 2; 3 4; 5 6];
[Q, R] = qr(A, 0);
disp(size(Q)); disp(size(R))
[Q2, R2] = qr(A, 'econ');
disp(isequal(Q, Q2) && isequal(R, R2))
R
[Q, R] = qr(A');
disp(size(Q)); disp(size(R))
