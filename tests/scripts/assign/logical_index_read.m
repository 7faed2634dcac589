x = [4 8 15 16 23 42];
m = x > 10;
disp(class(m))
fprintf('%d ', x(m)); fprintf('\n');
fprintf('%d ', x(~m)); fprintf('\n');
fprintf('%d ', x(mod(x, 2) == 0)); fprintf('\n');
A = [1 2; 3 4];
v = A(A > 1);
fprintf('%d %d\n', size(v));
