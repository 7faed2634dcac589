A = [1 5; 7 2];
[m, i] = max(A);
fprintf('%d %d %d %d\n', m, i);
[m, i] = min(A, [], 2);
fprintf('%d %d %d %d\n', m, i);
fprintf('%d %d\n', size(m));
