fprintf('%g ', linspace(0, 1, 5)); fprintf('\n');
fprintf('%d\n', numel(linspace(1, 10)));
fprintf('%g ', linspace(5, 1, 3)); fprintf('\n');
fprintf('%g\n', linspace(1, 2, 1));
fprintf('%d %d\n', size(linspace(0, 1, 0)));
v = linspace(0, 1, 3);
fprintf('%d %d\n', size(v));
