B = inv([2 0; 0 4]);
fprintf('%g %g %g\n', B(1, 1), B(2, 2), abs(B(1, 2)) + abs(B(2, 1)));
fprintf('%.4f\n', det([1 2; 3 4]));
fprintf('%g\n', det(eye(3)));
C = inv([1 2; 3 4]);
fprintf('%.4f ', C); fprintf('\n');
fprintf('%.4f\n', det([2 1 0; 1 3 1; 0 1 4]));
