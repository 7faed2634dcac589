s = ["ab" "cd"];
s{1} = 'zz';
disp(s)
disp(class(s))
