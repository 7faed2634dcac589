x = 1:5;
x(1:3) = 0;
fprintf('%d ', x); fprintf('\n');
A = ones(2, 3);
A(:, 2) = 7;
fprintf('%d ', A); fprintf('\n');
A(:) = 4;
fprintf('%d ', A); fprintf('\n');
