A = [];
A(3, 4) = 1;
fprintf('%d %d\n', size(A));
fprintf('%d\n', sum(A(:)));
B = [1 2; 3 4];
B(3, 3) = 9;
fprintf('%d %d\n', size(B));
fprintf('%d ', B); fprintf('\n');
