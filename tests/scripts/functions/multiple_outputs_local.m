[s, p, d] = stats3([2 3 4]);
fprintf('%g %g %g\n', s, p, d);
[s2, p2] = stats3([1 5]);
fprintf('%g %g\n', s2, p2);

function [total, product, spread] = stats3(v)
    total = sum(v);
    product = prod(v);
    spread = max(v) - min(v);
end
