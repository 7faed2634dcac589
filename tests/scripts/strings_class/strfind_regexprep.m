disp(strfind("abcabc", "bc"))
r = regexprep("a1b2", "\d", "#");
fprintf('%s %s\n', r, class(r));
