n = 1;
while n < 100
    n = n * 2;
end
fprintf('%d\n', n);
k = 0;
while k < 3
    k = k + 1;
    fprintf('k=%d\n', k);
end
