n = fprintf('abc\n');
fprintf('%d\n', n);
