% throwAsCaller(ME): the error appears raised by the caller of the function that threw it.
try
    api_entry(-2);
catch err
    fprintf('%s\n', err.message);
    fprintf('%s:%d\n', err.stack(1).name, err.stack(1).line);
    fprintf('%d\n', numel(err.stack));
    disp(getReport(err));
end

function api_entry(x)
    check_arg(x);
end

function check_arg(x)
    if x < 0
        throwAsCaller(MException('api:neg', 'x must be nonnegative'));
    end
end
