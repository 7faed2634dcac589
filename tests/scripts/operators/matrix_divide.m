A = [2 0; 0 4];
b = [2; 8];
x = A \ b;
fprintf('%g ', x); fprintf('\n');
y = [2 8] / A;
fprintf('%g ', y); fprintf('\n');
fprintf('%g\n', 6 / 3);
fprintf('%g\n', 3 \ 6);
