s = ["a" "b" "c"];
s(2) = missing;
disp(s)
disp(ismissing(s))
r = s + "!";
disp(r)
fprintf('%d %d\n', s(2) == s(2), s(2) ~= "b");
fprintf('%d\n', isnan(strlength(s(2))));
