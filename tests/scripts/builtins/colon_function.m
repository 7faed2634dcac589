fprintf('%d ', colon(1, 3)); fprintf('\n');
fprintf('%d ', colon(1, 2, 7)); fprintf('\n');
fprintf('%d %d\n', size(colon(3, 1)));
