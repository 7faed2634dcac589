% Sieve of Eratosthenes with logical indexing.
N = 60;
isp = true(1, N);
isp(1) = false;
for k = 2:floor(sqrt(N))
    if isp(k)
        isp(k*k:k:N) = false;
    end
end
p = find(isp);
fprintf('%d primes below %d\n', numel(p), N);
fprintf('%s\n', sprintf('%d,', p));
gaps = p(2:end) - p(1:end-1);
[g, i] = max(gaps);
fprintf('largest gap %d between %d and %d\n', g, p(i), p(i+1));
twins = p([gaps == 2, false]);
fprintf('twin prime pairs: %d\n', numel(twins));
