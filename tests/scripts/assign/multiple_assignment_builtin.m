[m, i] = max([4 9 2 9]);
fprintf('%d %d\n', m, i);
[r, c] = size(zeros(3, 5));
fprintf('%d %d\n', r, c);
[~, idx] = min([5 1 3]);
fprintf('%d\n', idx);
[s, k] = sort([3 1 2]);
fprintf('%d ', s, k); fprintf('\n');
