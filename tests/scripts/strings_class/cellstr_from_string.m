c = cellstr(["a" "bc"]);
fprintf('%s %d %d %d\n', class(c), size(c), iscellstr(c));
fprintf('%s\n', c{2});
d = cellstr("one");
fprintf('%s %s\n', class(d), d{1});
