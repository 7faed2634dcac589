h = @triple;
fprintf('%d\n', h(4));
fprintf('%d\n', apply_twice(h, 2));
fprintf('%d\n', apply_twice(@(x) x - 1, 10));

function r = triple(x)
    r = 3 * x;
end

function r = apply_twice(f, x)
    r = f(f(x));
end
