fprintf('%d\n', isempty(""));
fprintf('%d\n', isempty(strings(0)));
z = strings(2, 3);
fprintf('%s %d %d\n', class(z), size(z));
fprintf('%d\n', all(z(:) == ""));
fprintf('%d\n', all(strlength(z(:)) == 0));
