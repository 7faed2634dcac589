fprintf('%g\n', norm([3 4]));
fprintf('%g\n', norm([1 2 2]));
fprintf('%g\n', norm([3 4], 1));
fprintf('%g\n', norm([3 -4], Inf));
A = [1 2; 3 4];
fprintf('%.4f\n', norm(A));
fprintf('%.4f\n', norm(A, 'fro'));
fprintf('%g\n', norm(A, 1));
fprintf('%g\n', norm(A, Inf));
