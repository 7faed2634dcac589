a = sprintf("%s=%d", "k", 3);
fprintf('%s %s\n', class(a), a);
b = sprintf('%s;', ["x" "y"]);
fprintf('%s %s\n', class(b), b);
fprintf("%s\n", ["p" "q"]);
fprintf("done %d\n", 7);
