c = char("abc");
fprintf('%s %d %d\n', class(c), size(c));
m = char(["a" "bcd"]);
fprintf('%d %d\n', size(m));
fprintf('[%s]\n', m(1, :));
fprintf('%d %d\n', size(char("")));
