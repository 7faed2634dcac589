% str2num evaluates numeric text: matrices, expressions, logical words.
disp(str2num('[1 2 3]'));
disp(str2num('2*3'));
disp(str2num('1;2')');
[x, ok] = str2num('3+4i');
fprintf('%g %g %d\n', real(x), imag(x), ok);
disp(str2num(['1 2'; '3 4']));
t = str2num('true');
fprintf('%s %d\n', class(t), t);
[e, ok] = str2num('');
fprintf('%d %d\n', isempty(e), ok);
