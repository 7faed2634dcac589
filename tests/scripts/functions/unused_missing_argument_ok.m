fprintf('%d\n', maybe_use(3));

function r = maybe_use(a, b)
    r = a * 2;
end
