x = [1 NaN Inf -Inf 0];
fprintf('%d ', isnan(x)); fprintf('\n');
fprintf('%d ', isinf(x)); fprintf('\n');
fprintf('%d ', isfinite(x)); fprintf('\n');
disp(class(isnan(x)))
