c = compose("%d", [1 2 3]);
disp(c)
d = compose("%s: %d", ["a"; "b"], [1; 2]);
fprintf('%d %d\n', size(d));
fprintf('%s\n', d);
e = compose('%.2f', pi);
fprintf('%s %s\n', class(e), e{1});
