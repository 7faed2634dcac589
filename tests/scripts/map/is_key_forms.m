m = containers.Map({'a', 'b'}, {1, 2});
fprintf('%d %d\n', isKey(m, 'a'), isKey(m, 'z'));
t = isKey(m, {'b', 'x', 'a'});
disp(t);
disp(class(t));
n = containers.Map([1 2 3], [10 20 30]);
fprintf('%d %d\n', isKey(n, 2), isKey(n, 4));
