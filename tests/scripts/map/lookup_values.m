m = containers.Map({'one', 'two'}, {1, 'zwei'});
x = m('one');
fprintf('%g %s\n', x, m('two'));
key = 'two';
y = m(key);
fprintf('%s\n', y);
fprintf('%g\n', m('one') + 10);
