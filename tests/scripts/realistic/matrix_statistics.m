% Column statistics, normalisation and outliers of a small data table.
X = [2.5 10 100; 3.5 12 90; 1.0 11 300; 4.0 9 110; 3.0 13 95];
[n, m] = size(X);
mu = mean(X);
sd = sqrt(sum((X - mu).^2) / (n - 1));
fprintf('%d rows, %d columns\n', n, m);
for j = 1:m
    [mx, imx] = max(X(:, j));
    fprintf('col %d: mean %8.3f  sd %8.3f  median %6.2f  max %6.1f (row %d)\n', ...
        j, mu(j), sd(j), median(X(:, j)), mx, imx);
end
Z = (X - mu) ./ sd;
fprintf('z-score column means ~ 0: %d\n', all(abs(mean(Z)) < 1e-12));
[r, c] = find(abs(Z) > 1.7);
for k = 1:numel(r)
    fprintf('outlier at (%d,%d): %g\n', r(k), c(k), X(r(k), c(k)));
end
C = (X - mu)' * (X - mu) / (n - 1);
fprintf('covariance symmetric: %d, trace %.4f\n', max(max(abs(C - C'))) < 1e-9, trace(C));
fprintf('row sums: %s\n', mat2str(sum(X, 2)'));
