m = containers.Map('alpha', [1 2 3]);
fprintf('%d %s\n', m.Count, m.ValueType);
disp(m('alpha'));
n = containers.Map('greeting', 'hello');
fprintf('%s %s\n', n.ValueType, n('greeting'));
p = containers.Map(7, 'seven');
fprintf('%s %s\n', p.KeyType, p(7));
