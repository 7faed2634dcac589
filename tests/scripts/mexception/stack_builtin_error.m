% An error raised inside a builtin: the stack starts at the calling MATLAB function.
try
    wrapper([1 2 3]);
catch err
    fprintf('%s\n', err.identifier);
    fprintf('%s:%d\n', err.stack(1).name, err.stack(1).line);
    fprintf('%s:%d\n', err.stack(2).name, err.stack(2).line);
end

function wrapper(v)
    r = reshape(v, 2, 2);
end
