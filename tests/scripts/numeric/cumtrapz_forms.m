% cumtrapz: running trapezoid sums, same shape as the input, first element 0.
disp(mat2str(cumtrapz([1 2 3 4])))
disp(mat2str(cumtrapz([0 1 3], [1 2 3])))
disp(mat2str(cumtrapz([1 2; 3 4; 5 6])))
disp(mat2str(cumtrapz([1 2; 3 4; 5 6], 2)))
disp(mat2str(cumtrapz(2, [1 2 3])))
disp(mat2str(cumtrapz([2; 4; 8])))
