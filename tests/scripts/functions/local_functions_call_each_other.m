fprintf('%d\n', outer_fn(3));

function r = outer_fn(x)
    r = inner_fn(x) + 1;
end

function r = inner_fn(x)
    r = x * 10;
end
