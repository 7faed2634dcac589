m = containers.Map({'a', 'b'}, {1, 2});
v = values(m, {'a', 'q'});
