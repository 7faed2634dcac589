c = {"a", 'b', 1};
fprintf('%s %s\n', class(c{1}), class(c{2}));
fprintf('%d\n', strcmp(c{1}, c{2}));
