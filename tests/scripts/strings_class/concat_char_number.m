x = ["a" 'bc'];
fprintf('%s %d %d\n', class(x), size(x));
disp(x)
y = ["n" 5 true];
disp(y)
z = ["a", []];
fprintf('%d\n', numel(z));
