% validateattributes inside a function, reporting its own name and argument.
r = scaled(4, 2);
disp(r);
try
    scaled([1 2], 2);
catch err
    disp(err.identifier);
    disp(err.message);
end

function r = scaled(x, k)
    validateattributes(x, {'numeric'}, {'scalar'}, 'scaled', 'x', 1);
    r = x * k;
end
