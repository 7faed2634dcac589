fprintf('%g\n', str2double('3.14'));
fprintf('%g\n', str2double('-2'));
fprintf('%g\n', str2double('1e3'));
fprintf('%g\n', str2double(' 42 '));
fprintf('%g\n', str2double('abc'));
fprintf('%g\n', str2double(''));
fprintf('%g\n', str2double('Inf'));
fprintf('%d\n', isnan(str2double('1 2')));
