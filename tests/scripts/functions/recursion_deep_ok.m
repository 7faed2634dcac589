fprintf('%d\n', depth(400));

function r = depth(n)
    if n == 0
        r = 0;
    else
        r = 1 + depth(n - 1);
    end
end
