m = containers.Map({'a'}, {1});
v = m(1);
