% interp1 linear: NaN outside the grid unless 'extrap' or a fill value; unsorted grids.
disp(mat2str(interp1([1 2 3], [10 20 30], [1.5 2.5])))
y = interp1([1 2 3], [10 20 30], [0 1 3 4]);
fprintf('%g ', y); fprintf('\n');
disp(mat2str(interp1([1 2 3], [10 20 30], [0 4], 'linear', 'extrap')))
disp(mat2str(interp1([1 2 3], [10 20 30], [0 2 4], 'linear', -1)))
disp(mat2str(interp1([10 20 30], [1.5 2.5])))
disp(mat2str(interp1([3 1 2], [30 10 20], 2.5)))
disp(mat2str(interp1([1 2 3], [10 20; 30 40; 50 60], [1.5; 2.5])))
disp(mat2str(interp1([1 2 3], [10 20 30], [1.5 2; 2.5 3])))
disp(mat2str(interp1([1 2 3]', [10 20 30]', [1.25 2.75])))
x = 0:0.5:2;
disp(mat2str(interp1(x, x.^2, [0.25 1.75])))
try
    interp1([1 1 2], [1 2 3], 1.5)
catch e
    disp(e.message);
end
