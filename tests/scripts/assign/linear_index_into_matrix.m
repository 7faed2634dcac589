A = [1 2 3; 4 5 6];
fprintf('%d %d %d\n', A(2), A(3), A(6));
A(5) = 50;
fprintf('%d ', A(1, :)); fprintf('\n');
fprintf('%d ', A([1 2; 3 4])); fprintf('\n');
B = A([1 2; 3 4]);
fprintf('%d %d\n', size(B));
