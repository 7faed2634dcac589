r = add_two(1);

function r = add_two(a, b)
    r = a + b;
end
