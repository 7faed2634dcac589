s = ["a" "b" "c" "d"];
s(2) = [];
disp(s)
s([1 end]) = [];
disp(s)
fprintf('%d %d\n', size(s));
