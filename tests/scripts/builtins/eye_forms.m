fprintf('%d ', eye(2)); fprintf('\n');
E = eye(2, 3);
fprintf('%d %d\n', size(E));
fprintf('%d ', E); fprintf('\n');
fprintf('%d %d\n', size(eye([3 2])));
fprintf('%d\n', eye(1));
fprintf('%d\n', trace(eye(4)));
