x = [1 2 3 4];
x([1 4]) = x([4 1]);
fprintf('%d ', x); fprintf('\n');
A = [1 2; 3 4];
A([1 2], :) = A([2 1], :);
fprintf('%d ', A); fprintf('\n');
