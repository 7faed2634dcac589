fprintf('%d\n', fact(5));
fprintf('%d\n', fact(10));
fprintf('%d\n', fact(0));

function r = fact(n)
    if n <= 1
        r = 1;
    else
        r = n * fact(n - 1);
    end
end
