A = [1 2 3; 4 5 6; 7 8 9];
A(2, :) = [];
fprintf('%d %d\n', size(A));
fprintf('%d ', A); fprintf('\n');
A(:, [1 3]) = [];
fprintf('%d %d\n', size(A));
fprintf('%d ', A); fprintf('\n');
