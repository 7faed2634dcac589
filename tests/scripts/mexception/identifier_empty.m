% error(msg) has an empty identifier; the message is taken literally.
try
    error('50% done \n not escaped');
catch err
    fprintf('[%s] %d\n', err.identifier, isempty(err.identifier));
    disp(err.message);
end
