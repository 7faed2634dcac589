try
    error('calc:overflow', 'Value %d too big (limit %s)', 7, 'five');
catch err
    disp(err.identifier)
    disp(err.message)
end
try
    error('Plain message without id');
catch err
    fprintf('[%s] %s\n', err.identifier, err.message);
end
try
    error('Value %d only', 3);
catch err
    fprintf('[%s] %s\n', err.identifier, err.message);
end
