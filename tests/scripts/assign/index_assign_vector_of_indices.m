x = zeros(1, 5);
x([1 3 5]) = [1 3 5];
fprintf('%d ', x); fprintf('\n');
x([2 2]) = [7 8];
fprintf('%d ', x); fprintf('\n');
A = zeros(2);
A([1 2], [2 1]) = [1 2; 3 4];
fprintf('%d ', A); fprintf('\n');
