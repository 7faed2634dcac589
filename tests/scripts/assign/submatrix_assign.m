A = zeros(3);
A(2:3, 2:3) = [1 2; 3 4];
fprintf('%d ', A); fprintf('\n');
B = A(2:3, :);
fprintf('%d %d\n', size(B));
A(1, :) = 1:3;
fprintf('%d ', A(1, :)); fprintf('\n');
