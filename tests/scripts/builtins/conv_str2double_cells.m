% str2double converts each cell; cells that are not numeric text give NaN.
a = str2double({'1', 'x'; '2.5', '-Inf'});
fprintf('%d %d\n', size(a));
fprintf('%g ', a); fprintf('\n');
b = str2double({1, '2', '3e2'});
fprintf('%g ', b); fprintf('\n');
c = str2double({'1+2i', '4'});
fprintf('%g%+gi ', [real(c); imag(c)]); fprintf('\n');
fprintf('%g\n', str2double('1,000'));
fprintf('%g\n', str2double('+.5e+1'));
fprintf('%g %g %g\n', str2double('1e'), str2double('--1'), str2double(5));
