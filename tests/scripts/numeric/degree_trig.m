% Degree trig: exact zeros and ones at multiples of 90; deg2rad/rad2deg.
fprintf('%g ', sind([0 30 90 270 360 -90])); fprintf('\n');
fprintf('%g ', cosd([0 60 180 360])); fprintf('\n');
fprintf('%g ', tand([0 45 -45 180])); fprintf('\n');
fprintf('%g %g\n', tand(90), tand(-90));
fprintf('%g ', asind([0 0.5 1])); fprintf('\n');
fprintf('%g ', acosd([1 0.5 0 -1])); fprintf('\n');
fprintf('%g ', atand([1 -1 0 Inf])); fprintf('\n');
fprintf('%g %g\n', atan2d(1, 1), atan2d(1, -1));
fprintf('%.6f ', deg2rad([0 90 180 -45])); fprintf('\n');
fprintf('%g ', rad2deg([0 pi/2 pi 2*pi])); fprintf('\n');
fprintf('%d\n', sind(180) == 0);
fprintf('%.4f\n', sind(1e6));
