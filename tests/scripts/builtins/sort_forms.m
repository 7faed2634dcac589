fprintf('%d ', sort([3 1 2])); fprintf('\n');
[s, i] = sort([30 10 20]);
fprintf('%d ', s, i); fprintf('\n');
fprintf('%d ', sort([3 1 2], 'descend')); fprintf('\n');
A = [3 1; 1 2; 2 0];
fprintf('%d ', sort(A)); fprintf('\n');
fprintf('%d ', sort(A, 2)); fprintf('\n');
fprintf('%d %d\n', size(sort([3; 1; 2])));
disp(sort('hello'))
