m = containers.Map();
m('a') = 1;
m('b') = 'text';
fprintf('%d\n', m.Count);
m('a') = m('a') + 41;
fprintf('%d %g\n', m.Count, m('a'));
m('b') = {1, 2};
fprintf('%s\n', class(m('b')));
for i = 1:5
    m(sprintf('k%d', i)) = i * i;
end
fprintf('%d %g\n', m.Count, m('k4'));
