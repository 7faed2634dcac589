% sscanf reads numbers, reusing the format while input remains; the result is a double column.
a = sscanf('3 4 5', '%d');
fprintf('%s %d %d\n', class(a), size(a));
fprintf('%d ', a); fprintf('\n');
b = sscanf('1.5e2 -0.25 inf NaN', '%f');
fprintf('%g ', b); fprintf('\n');
disp(sscanf('1,2,3', '%d,')');
disp(sscanf('x=10 y=20', 'x=%d y=%d')');
disp(sscanf('ff 1A', '%x')');
disp(sscanf('10 0x1f 017', '%i')');
disp(sscanf('  42abc', '%d'));
disp(sscanf('2.5;3.5', '%g;')');
h = sscanf('abc', '%d');
fprintf('%d %s\n', isempty(h), class(h));
