a = [1 2 3];
b = [3 2 1];
fprintf('%d ', a == b); fprintf('\n');
fprintf('%d ', a ~= b); fprintf('\n');
fprintf('%d ', a < b); fprintf('\n');
fprintf('%d ', a <= b); fprintf('\n');
fprintf('%d ', a > b); fprintf('\n');
fprintf('%d ', a >= b); fprintf('\n');
disp(class(a == b))
fprintf('%d ', a > 1); fprintf('\n');
