m = containers.Map(single([2.5 1]), {'b', 'a'});
k = keys(m);
fprintf('%s %s %g %g\n', m.KeyType, class(k{1}), k{1}, k{2});
fprintf('%s\n', m(2.5));
