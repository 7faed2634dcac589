% err.stack: an Nx1 struct array (file, name, line), innermost frame first; the script's
% own frame is named after the script.
try
    outer(3);
catch err
    s = err.stack;
    fprintf('%s %d %d\n', class(s), size(s, 1), size(s, 2));
    f = fieldnames(s);
    fprintf('%s,', f{:}); fprintf('\n');
    for k = 1:numel(s)
        fprintf('%s:%d\n', s(k).name, s(k).line);
    end
end

function outer(n)
    inner(n + 1);
end

function inner(m)
    error('t:inner', 'inner got %d', m);
end
