u = upper("abc");
fprintf('%s %s\n', class(u), u);
disp(lower(["A" "Bc"]))
t = strtrim("  x  ");
fprintf('[%s] %s\n', t, class(t));
