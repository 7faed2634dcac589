% Identifiers of conversion errors.
try
    d = double({1, 2});
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    x = zeros(1, 3);
    x(2) = {5};
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
