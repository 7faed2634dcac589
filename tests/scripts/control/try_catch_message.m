try
    error('Something went wrong');
    disp('not reached')
catch err
    disp(err.message)
    fprintf('[%s]\n', err.identifier);
end
