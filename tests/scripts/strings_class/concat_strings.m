a = "x";
b = ["y" "z"];
c = [a b];
fprintf('%s %d %d\n', class(c), size(c));
d = [b; b];
fprintf('%d %d\n', size(d));
disp(d(2, 1))
