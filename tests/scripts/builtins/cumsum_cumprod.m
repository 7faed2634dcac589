fprintf('%d ', cumsum([1 2 3 4])); fprintf('\n');
A = [1 2; 3 4];
fprintf('%d ', cumsum(A)); fprintf('\n');
fprintf('%d ', cumsum(A, 2)); fprintf('\n');
fprintf('%d ', cumprod([1 2 3 4])); fprintf('\n');
fprintf('%d ', cumprod(A)); fprintf('\n');
fprintf('%d %d\n', size(cumsum([1; 2; 3])));
