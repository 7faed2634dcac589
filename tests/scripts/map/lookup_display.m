m = containers.Map({'a'}, {1});
m('a')
x = m.keys()
