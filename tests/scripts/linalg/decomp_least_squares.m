% Least squares three ways: QR, SVD (pinv) and backslash agree
t = (0:5)';
y = [1.1; 2.9; 5.2; 7.1; 8.8; 11.2];
A = [ones(6,1) t];
[Q, R] = qr(A, 0);
c1 = R \ (Q' * y);
c2 = pinv(A) * y;
c3 = A \ y;
fprintf('%.8f %.8f\n', [c1 c2 c3]);
[U, S, V] = svd(A, 'econ');
c4 = V * (S \ (U' * y));
fprintf('%d\n', norm(c4 - c3) < 1e-12);
