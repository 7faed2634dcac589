a = containers.Map({'a', 'b'}, {1, 2});
b = containers.Map({'a', 'b'}, {'x', 'yy'});
c = containers.Map({'a', 'b'}, {1, 'x'});
d = containers.Map({'a', 'b'}, {1, 2}, 'UniformValues', false);
e = containers.Map({'a', 'b'}, {[1 2], 3});
f = containers.Map({'a', 'b'}, {true, false});
fprintf('%s %s %s %s %s %s\n', a.ValueType, b.ValueType, c.ValueType, d.ValueType, e.ValueType, f.ValueType);
