% s = svd(A): singular values, descending, as a column
s = svd([1 2; 3 4; 5 6]);
fprintf('%.10f\n', s);
disp(size(s))
disp(svd([3 0; 0 -4])')
disp(svd([1 2 3])')
