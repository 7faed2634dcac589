m = containers.Map({'a', 'b', 'c', 'd'}, {1, 2, 3, 4});
remove(m, 'b');
fprintf('%d %d\n', m.Count, isKey(m, 'b'));
remove(m, {'a', 'd'});
k = keys(m);
fprintf('%s ', k{:}); fprintf('\n');
m2 = remove(m, 'c');
fprintf('%d %d\n', m.Count, m2.Count);
