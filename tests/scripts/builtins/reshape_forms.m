A = reshape(1:6, 2, 3);
fprintf('%d ', A(1, :)); fprintf('\n');
fprintf('%d ', A(2, :)); fprintf('\n');
B = reshape(1:6, [], 2);
fprintf('%d %d\n', size(B));
C = reshape(A, [3 2]);
fprintf('%d ', C(:, 2)); fprintf('\n');
D = reshape(1:8, 2, 2, 2);
fprintf('%d %d %d\n', size(D));
