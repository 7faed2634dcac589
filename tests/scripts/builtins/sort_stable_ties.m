[s, i] = sort([2 1 2 1]);
fprintf('%d ', s, i); fprintf('\n');
[s, i] = sort([2 1 2 1], 'descend');
fprintf('%d ', s, i); fprintf('\n');
[s, i] = sort([3 NaN 1]);
fprintf('%g ', s, i); fprintf('\n');
