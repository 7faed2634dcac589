s.lookup = containers.Map();
s.lookup('k') = 5;
fprintf('%d\n', s.lookup('k'));
fprintf('%d\n', s.lookup.Count);
t = s;
t.lookup('j') = 6;
fprintf('%d\n', s.lookup.Count);
