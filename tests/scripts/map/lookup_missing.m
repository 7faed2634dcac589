m = containers.Map({'a'}, {1});
fprintf('before\n');
v = m('b');
fprintf('after\n');
