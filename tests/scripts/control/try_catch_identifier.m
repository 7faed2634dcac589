try
    error('myPkg:myId', 'Value %d is too big (max %d)', 12, 10);
catch err
    disp(err.identifier)
    disp(err.message)
end
