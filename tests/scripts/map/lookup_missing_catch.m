m = containers.Map('KeyType', 'double', 'ValueType', 'any');
m(1) = 'one';
try
    v = m(2);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
