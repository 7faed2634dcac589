% trapz: unit spacing, scalar spacing, coordinate vector, dim; matrices integrate columns.
fprintf('%g\n', trapz([1 2 3]));
disp(mat2str(trapz([1 2 3; 4 5 6])))
disp(mat2str(trapz([1 2 3; 4 5 6], 2)))
fprintf('%g\n', trapz([0 1 3], [1 2 3]));
fprintf('%g\n', trapz(0.5, [1 2 3]));
disp(mat2str(trapz([0 1 3]', [1 2; 3 4; 5 6])))
x = linspace(0, pi, 101);
fprintf('%.6f\n', trapz(x, sin(x)));
fprintf('%g\n', trapz(5));
fprintf('%g\n', trapz([1; 2; 3]));
