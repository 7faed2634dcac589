fprintf('%g ', power(2, [1 2 3])); fprintf('\n');
fprintf('%g ', power([1 2 3], 2)); fprintf('\n');
fprintf('%g\n', power(4, 0.5));
fprintf('%g ', power([2 3], [3 2])); fprintf('\n');
