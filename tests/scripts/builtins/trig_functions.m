fprintf('%g %g\n', sin(0), cos(0));
fprintf('%.4f\n', tan(pi/4));
fprintf('%d\n', asin(1) == pi/2);
fprintf('%g\n', acos(1));
fprintf('%.6f\n', 4 * atan(1));
fprintf('%.4f %.4f\n', atan2(1, 1), atan2(-1, -1));
fprintf('%.4f\n', sin(pi/6));
fprintf('%.4f ', cos([0 pi/3 pi])); fprintf('\n');
