try
    error('orig:id', 'Original failure');
catch e
    disp('cleanup')
    rethrow(e);
end
