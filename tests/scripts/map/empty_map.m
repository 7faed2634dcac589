m = containers.Map();
k = keys(m);
v = values(m);
fprintf('%d %d %d %d\n', size(k), size(v));
fprintf('%s %s\n', class(k), class(v));
fprintf('%d %d\n', length(m), m.Count);
