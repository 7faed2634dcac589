r = combine([1 2 3], [4 5]);

function r = combine(a, b)
    r = a + b;
end
