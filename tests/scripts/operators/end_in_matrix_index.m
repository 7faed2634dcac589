A = [1 2 3; 4 5 6];
fprintf('%d\n', A(end, 1));
fprintf('%d\n', A(1, end));
fprintf('%d\n', A(end));
fprintf('%d\n', A(end, end));
fprintf('%d ', A(end, :)); fprintf('\n');
fprintf('%d ', A(:, end)); fprintf('\n');
fprintf('%d ', A(end-1, 2:end)); fprintf('\n');
