A = [1 2; 3 4];
v = A(:);
fprintf('%d %d\n', size(v));
fprintf('%d ', v); fprintf('\n');
r = [5 6 7];
c = r(:);
fprintf('%d %d\n', size(c));
