% primes(n) as a row in n's class; isprime on arrays, zero and one.
disp(mat2str(primes(50)))
disp(size(primes(1)))
disp(class(primes(uint8(20))))
disp(mat2str(primes(uint8(20))))
disp(mat2str(isprime([0 1 2 3 4 5 9 11 25 97])))
disp(class(isprime(7)))
disp(mat2str(isprime([2 4; 7 15])))
fprintf('%d\n', isprime(2147483647));
fprintf('%d\n', isprime(2^52 + 1));
fprintf('%d\n', numel(primes(10000)));
try
    isprime(-3)
catch e
    disp(e.identifier); disp(e.message);
end
try
    isprime(2.5)
catch e
    disp(e.message);
end
