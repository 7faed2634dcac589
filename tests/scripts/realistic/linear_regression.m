% Least-squares line fit with the backslash operator.
x = (0:5)';
y = [1.1; 2.9; 5.2; 7.1; 8.8; 11.2];
A = [ones(size(x)) x];
coef = A \ y;
fprintf('intercept %.4f, slope %.4f\n', coef(1), coef(2));
res = y - A * coef;
fprintf('residual norm %.4f\n', norm(res));
ss_tot = sum((y - mean(y)).^2);
r2 = 1 - sum(res.^2) / ss_tot;
fprintf('R^2 = %.5f\n', r2);
pred = [1 6; 1 10] * coef;
fprintf('predict x=%d: %.3f\n', [6 10; pred']);
