x = [1 2 3];
y = x(2:3)';
z = (x + 1)';
w = [x' x'];
fprintf('%d %d\n', size(y), size(z), size(w));
fprintf('%d ', w);
fprintf('\n');
