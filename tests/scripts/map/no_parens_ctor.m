m = containers.Map;
m('a') = 1;
fprintf('%d %s\n', m.Count, class(m));
n = containers.Map;
fprintf('%d %d\n', n.Count, m.Count);
