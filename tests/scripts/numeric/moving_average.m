% A moving average three ways (filter, conv 'valid', cumsum) and a first-order IIR smoother.
x = [4 8 6 -1 -2 -3 -1 3 4 5];
k = 3;
b = ones(1, k) / k;
y1 = filter(b, 1, x);
y2 = conv(x, b, 'valid');
c = cumsum([0 x]);
y3 = (c(k+1:end) - c(1:end-k)) / k;
fprintf('%.4f ', y1(k:end)); fprintf('\n');
fprintf('%.4f ', y2); fprintf('\n');
fprintf('%d\n', max(abs(y2 - y3)) < 1e-12 && max(abs(y1(k:end) - y2)) < 1e-12);
alpha = 0.25;
s = filter(alpha, [1 alpha - 1], x);
fprintf('%.4f ', s); fprintf('\n');
