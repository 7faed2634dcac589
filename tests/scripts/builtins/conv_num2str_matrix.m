% Matrices: one row of text per row, columns right-aligned, common leading blanks removed.
a = num2str([1 2; 3 4]);
fprintf('%d %d\n', size(a));
disp(a);
b = num2str([10 200; 3 4]);
disp(b);
c = num2str([1.5 2.25; 3 4]);
fprintf('%d\n', size(c, 1));
fprintf('[%s]\n', strtrim(c(1, :)), strtrim(c(2, :)));
fprintf('%d\n', c(2, end) == '4');
