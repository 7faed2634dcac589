% Identifiers of validatestring failures: no match, ambiguous, wrong type.
try
    validatestring('c', {'cubic', 'cosine'});
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    validatestring('x', {'alpha', 'beta'}, 'myfn', 'METHOD');
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    validatestring(42, {'alpha'});
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
