try
    try
        error('inner:id', 'inner problem');
    catch e1
        fprintf('inner caught: %s\n', e1.message);
        error('outer:id', 'outer problem');
    end
catch e2
    fprintf('outer caught: %s (%s)\n', e2.message, e2.identifier);
end
