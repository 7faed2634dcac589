% Identifiers of indexing errors.
x = [10 20 30];
try
    y = x(5);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    y = x(0);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    y = x(1.5);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
A = magic(3);
try
    y = A(4, 1);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
