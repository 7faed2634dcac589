r = ["a"; "b"] + ["1" "2"];
fprintf('%d %d\n', size(r));
fprintf('%s\n', r);
t = "id" + (1:3);
disp(t)
