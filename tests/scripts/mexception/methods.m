% Method-call forms: ME.getReport(), ME.addCause(C), ME.throw(), ME.rethrow().
ME = MException('m:top', 'top level %s', 'issue');
disp(ME.getReport());
ME = ME.addCause(MException('m:low', 'low level'));
fprintf('%d %s\n', numel(ME.cause), ME.cause{1}.identifier);
try
    ME.throw();
catch err
    fprintf('%s | %s | %d\n', err.identifier, err.message, numel(err.cause));
end
try
    try
        error('m:orig', 'original');
    catch inner
        inner.rethrow();
    end
catch outer
    fprintf('%s\n', outer.message);
end
