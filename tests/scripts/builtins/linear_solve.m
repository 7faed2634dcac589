A = [2 1; 1 3];
b = [3; 5];
x = A \ b;
fprintf('%.4f ', x); fprintf('\n');
r = A * x - b;
fprintf('%d\n', norm(r) < 1e-12);
x2 = [3 5] / A;
fprintf('%.4f ', x2); fprintf('\n');
