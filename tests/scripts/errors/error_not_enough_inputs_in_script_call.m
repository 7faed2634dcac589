fprintf('%d\n', needs_two(1, 2));
fprintf('%d\n', needs_two(1));

function r = needs_two(a, b)
    r = a * b;
end
