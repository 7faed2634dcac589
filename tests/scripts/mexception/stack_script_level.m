% An error in script code: one stack frame, named after the script.
try
    x = ones(2, 3) * ones(2, 3);
catch err
    fprintf('%d\n', numel(err.stack));
    fprintf('%s %d\n', err.stack(1).name, err.stack(1).line);
end
