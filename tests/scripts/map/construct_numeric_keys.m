m = containers.Map([3 1 2], {'three', 'one', 'two'});
fprintf('%s %s %d\n', m.KeyType, m.ValueType, m.Count);
k = keys(m);
v = values(m);
for i = 1:numel(k)
    fprintf('%g -> %s\n', k{i}, v{i});
end
disp(m(2));
