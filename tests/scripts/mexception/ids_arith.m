% Identifiers of size mismatches in arithmetic and concatenation.
try
    z = [1 2] + [1 2 3];
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    z = ones(2, 3) * ones(2, 3);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    z = [1 2; 3];
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    z = [ones(2, 1), ones(3, 1)];
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
