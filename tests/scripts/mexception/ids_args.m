% Identifiers of argument-count errors.
try
    two_in(1, 2, 3);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    two_in(1);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    [a, b] = two_in(1, 2);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    s = sin();
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    s = sin(1, 2);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end

function r = two_in(a, b)
    r = a + b;
end
