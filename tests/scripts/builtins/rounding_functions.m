x = [-2.5 -1.5 -0.5 0.5 1.5 2.5];
fprintf('%g ', round(x)); fprintf('\n');
fprintf('%g ', floor(x)); fprintf('\n');
fprintf('%g ', ceil([-2.5 -1.5 0.5 1.5 2.5])); fprintf('\n');
fprintf('%g ', fix([-2.7 2.7])); fprintf('\n');
fprintf('%g\n', round(pi, 2));
fprintf('%g\n', round(1234, -2));
