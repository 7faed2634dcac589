% throw(ME): the stack is the throw site's, innermost first.
try
    check(-1);
catch err
    fprintf('%s | %s\n', err.identifier, err.message);
    fprintf('%s:%d\n', err.stack(1).name, err.stack(1).line);
    fprintf('%d\n', numel(err.stack));
end

function check(x)
    if x < 0
        ME = MException('check:negative', 'Negative input: %g', x);
        throw(ME);
    end
end
