m = containers.Map({'a'}, {1});
remove(m, 'zz');
