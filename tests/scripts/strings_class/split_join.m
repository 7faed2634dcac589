p = split("a b c");
fprintf('%s %d %d\n', class(p), size(p));
disp(join(["a" "b" "c"], "-"))
q = strsplit("x,y", ",");
fprintf('%s %d %d\n', class(q), size(q));
disp(strjoin(["p" "q"], " + "))
