try
    error("my:id", "value %d is bad", 3);
catch e
    fprintf('%s | %s\n', e.identifier, e.message);
end
