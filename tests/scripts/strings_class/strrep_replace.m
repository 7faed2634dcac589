r = strrep("aaa", "a", "bc");
fprintf('%s %s\n', r, class(r));
disp(replace(["cat" "hat"], "at", "op"))
