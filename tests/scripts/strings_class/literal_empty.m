s = ""
fprintf('%d %d %d\n', size(s), isempty(s));
