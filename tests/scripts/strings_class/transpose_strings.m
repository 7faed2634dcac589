s = ["a" "b" "c"]';
fprintf('%d %d\n', size(s));
disp(s(3))
