% Identifiers of undefined names.
try
    y = undefined_variable_xyz + 1;
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    no_such_function_abc(1, 2);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
