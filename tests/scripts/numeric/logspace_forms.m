% logspace: 50 points by default; b == pi ends the points at pi.
disp(mat2str(logspace(0, 2, 3)))
y = logspace(1, 3);
disp(size(y)); fprintf('%g %g\n', y(1), y(end));
disp(mat2str(logspace(-1, 1, 3)))
y = logspace(0, pi, 3);
fprintf('%.4f ', y); fprintf('\n');
disp(size(logspace(1, 2, 0)))
fprintf('%.4f ', logspace(0, 1, 4)); fprintf('\n');
