% [A, count, errmsg, nextindex]: conversions done, a message on a matching failure, and
% the index of the next character to read.
[A, count, msg, next] = sscanf('1 2 x 3', '%d');
fprintf('%d ', A); fprintf('| %d %d %d\n', count, isempty(msg), next);
[A, count, msg, next] = sscanf('4 5', '%d');
fprintf('%d ', A); fprintf('| %d %d %d\n', count, isempty(msg), next);
[A, count] = sscanf('12 ab', '%d %s');
fprintf('%d %d\n', numel(A), count);
[A, count] = sscanf('', '%d');
fprintf('%d %d\n', isempty(A), count);
