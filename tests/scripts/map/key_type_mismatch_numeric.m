m = containers.Map([1 2], {'a', 'b'});
try
    m('a') = 3;
catch err
    fprintf('%s\n', err.identifier);
    fprintf('%s\n', err.message);
end
fprintf('%d\n', m.Count);
