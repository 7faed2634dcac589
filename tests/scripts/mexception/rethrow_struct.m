% rethrow(errorStruct): the legacy struct form.
s = struct('message', 'legacy failure', 'identifier', 'legacy:id');
try
    rethrow(s);
catch err
    fprintf('%s | %s\n', err.identifier, err.message);
    disp(class(err));
end
