A = [1 2 3];
A(2, :) = [4 5 6];
fprintf('%d %d\n', size(A));
fprintf('%d ', A); fprintf('\n');
A(:, end+1) = [7; 8];
fprintf('%d %d\n', size(A));
fprintf('%d ', A(:, end)); fprintf('\n');
