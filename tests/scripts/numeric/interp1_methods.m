% interp1 methods: nearest, previous, next, pchip, spline (these two extrapolate by default).
disp(mat2str(interp1([1 2 3], [10 20 30], [1.4 1.5 1.6 3], 'nearest')))
disp(mat2str(interp1([1 2 3], [10 20 30], [1.4 2 2.9 3], 'previous')))
disp(mat2str(interp1([1 2 3], [10 20 30], [1 1.4 2 2.9], 'next')))
disp(mat2str(interp1(1:5, [1 4 9 16 25], [1.5 2.5 6], 'spline'), 6))
disp(mat2str(interp1(1:3, [1 4 9], [1.5 2.5 4], 'spline'), 6))
disp(mat2str(interp1(1:5, [1 4 2 16 5], [1.5 2.5 4.5], 'pchip'), 6))
disp(mat2str(interp1(0:3, [0 1 0 1], [0.5 2.5 -1], 'pchip'), 6))
disp(mat2str(interp1([0 1 2.5 4 5.5 7], [0 1 -1 2 0 3], [0.3 1.7 3.1 6.2], 'spline'), 6))
y = interp1(1:4, [2 4 6 8], [0 5], 'nearest');
fprintf('%g ', y); fprintf('\n');
disp(mat2str(interp1(1:4, [2 4 6 8], [0 5], 'nearest', 'extrap')))
disp(mat2str(interp1(1:4, [2 4 6 8], 0.5, 'pchip', 0)))
