m = containers.Map({'a', 'b', 'c'}, {1, 2});
