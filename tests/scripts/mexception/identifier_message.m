% err.identifier and err.message of a caught error(id, fmt, args).
try
    error('myPkg:myFn:badValue', 'Value %d is out of range [%d, %d].', 7, 1, 5);
catch err
    fprintf('%s\n', err.identifier);
    fprintf('%s\n', err.message);
    fprintf('%s\n', class(err));
end
