a = [1 0 1 0];
b = [1 1 0 0];
fprintf('%d ', a & b); fprintf('\n');
fprintf('%d ', a | b); fprintf('\n');
fprintf('%d ', ~a); fprintf('\n');
fprintf('%d ', [2 0 -1] & 1); fprintf('\n');
disp(class(a & b))
