m = containers.Map({'Jan', 'Feb', 'Mar', 'Apr'}, [327.2 368.2 197.6 178.4]);
fprintf('%d %s %s\n', m.Count, m.KeyType, m.ValueType);
k = keys(m);
fprintf('%s ', k{:}); fprintf('\n');
fprintf('%.1f\n', m('Mar'));
fprintf('%s\n', class(m('Jan')));
