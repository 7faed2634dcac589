r = level1(3);

function r = level1(x)
    r = level2(x) + 1;
end

function r = level2(x)
    r = level3(x) * 2;
end

function r = level3(x)
    error('deep:error', 'Failed at depth 3 with x=%d', x);
end
