% nchoosek: binomial coefficients and combinations in MATLAB's (lexicographic) row order.
fprintf('%d\n', nchoosek(5, 2));
fprintf('%d\n', nchoosek(10, 0));
fprintf('%d\n', nchoosek(10, 10));
fprintf('%d\n', nchoosek(30, 15));
fprintf('%d\n', nchoosek(52, 5));
disp(mat2str(nchoosek(1:4, 2)))
disp(mat2str(nchoosek([10 20 30 40 50], 3)))
disp(mat2str(nchoosek([7 8 9], 3)))
disp(size(nchoosek(1:3, 4)))
disp(size(nchoosek(1:3, 0)))
c = nchoosek('abcd', 2);
disp(c)
disp(size(nchoosek(1:10, 4)))
try
    nchoosek(3, 5)
catch e
    disp(e.identifier); disp(e.message);
end
try
    nchoosek(5, -1)
catch e
    disp(e.message);
end
