s = "a";
s(2, 2) = "d";
fprintf('%d ', ismissing(s));
fprintf('\n');
t = [s; "x" "y"];
fprintf('%d %d\n', size(t));
u = ["p", missing, "q"];
disp(u)
