f = @(x) x + 1;
try
    f(1, 2);
catch e
    disp(e.message)
end
try
    add_two(5);
catch e
    disp(e.message)
end
fprintf('%d\n', add_two(5, 6));

function r = add_two(a, b)
    r = a + b;
end
