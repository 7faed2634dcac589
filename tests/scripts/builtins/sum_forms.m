A = [1 2; 3 4];
fprintf('%d ', sum(A)); fprintf('\n');
fprintf('%d ', sum(A, 2)); fprintf('\n');
fprintf('%d %d\n', size(sum(A, 2)));
fprintf('%d\n', sum(A(:)));
fprintf('%d\n', sum([1 2 3]));
fprintf('%d\n', sum([1; 2; 3]));
fprintf('%d\n', sum([]));
fprintf('%d %d\n', size(sum(zeros(0, 3))));
fprintf('%d\n', sum([true true false]));
disp(class(sum([true true])))
fprintf('%d ', sum(A, 3)); fprintf('\n');
