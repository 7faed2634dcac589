s = ["a" "bb" "c"];
t = s(2);
disp(class(t))
disp(t)
u = s([1 3])
fprintf('%s\n', s(end));
