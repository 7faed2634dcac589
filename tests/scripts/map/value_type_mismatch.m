m = containers.Map({'a', 'b'}, [1 2]);
m('c') = 3;
fprintf('%d\n', m.Count);
m('d') = 'four';
