K = kron([1 2], [1; 1]);
fprintf('%d %d\n', size(K));
fprintf('%d ', K); fprintf('\n');
fprintf('%d\n', dot([1 2 3], [4 5 6]));
fprintf('%d\n', dot([1; 2], [3; 4]));
fprintf('%d ', cross([1 0 0], [0 1 0])); fprintf('\n');
fprintf('%d ', cross([1 2 3], [4 5 6])); fprintf('\n');
K2 = kron(eye(2), [1 2; 3 4]);
fprintf('%d %d %d\n', size(K2), K2(3, 4));
