s = ["ab" "cd"];
c = s{2};
disp(class(c))
disp(c)
fprintf('%d %d\n', size(c));
