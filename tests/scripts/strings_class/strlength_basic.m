disp(strlength(["a" "bcd" ""]))
fprintf('%d\n', strlength("hello"));
