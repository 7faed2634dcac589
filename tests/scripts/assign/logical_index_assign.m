x = [1 5 2 7 3];
x(x > 2) = 0;
fprintf('%d ', x); fprintf('\n');
y = [1 2 3 4];
y(logical([1 0 1 0])) = [10 30];
fprintf('%d ', y); fprintf('\n');
A = [1 -2; -3 4];
A(A < 0) = -A(A < 0);
fprintf('%d ', A); fprintf('\n');
