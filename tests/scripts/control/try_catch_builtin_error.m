try
    x = [1 2 3];
    y = x(5);
catch err
    disp(err.message)
end
try
    z = undefined_thing + 1;
catch err
    disp(err.message)
    disp(err.identifier)
end
