% rethrow(ME) raises the caught exception again with its original stack.
try
    middle();
catch err
    fprintf('%s: %s\n', err.identifier, err.message);
    fprintf('%s:%d\n', err.stack(1).name, err.stack(1).line);
end

function middle()
    try
        deepest();
    catch inner
        fprintf('cleanup after %s\n', inner.identifier);
        rethrow(inner);
    end
end

function deepest()
    error('deep:fail', 'failed deep down');
end
