% R = qr(A) returns the upper-triangular factor only
A = [1 2; 3 4; 5 6];
R = qr(A)
R0 = qr(A, 0)
