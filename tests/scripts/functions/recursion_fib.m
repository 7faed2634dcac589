for n = [0 1 2 10 15]
    fprintf('fib(%d) = %d\n', n, fib(n));
end

function r = fib(n)
    if n < 2
        r = n;
    else
        r = fib(n - 1) + fib(n - 2);
    end
end
