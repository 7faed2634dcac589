% vecnorm: p-norms of the columns (or along dim) of an array.
fprintf('%g\n', vecnorm([3 4]));
disp(mat2str(vecnorm([3 4; 0 5])))
disp(mat2str(vecnorm([3 4; 0 5], 2, 2)))
disp(mat2str(vecnorm([3 4; 0 5], 1)))
disp(mat2str(vecnorm([3 -4; 0 5], Inf)))
fprintf('%.6f\n', vecnorm([1 2 3], 3));
fprintf('%g\n', vecnorm([3 4]'));
fprintf('%g\n', vecnorm([3+4i 0]));
