try
    error('first:id', 'first');
catch e
    error('second:id', 'second error after %s', e.message);
end
