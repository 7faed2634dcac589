for k = 1:10
    if mod(k, 2) == 0
        continue
    end
    if k > 7
        break
    end
    fprintf('%d ', k);
end
fprintf('\n');
n = 0;
while true
    n = n + 1;
    if n >= 4, break; end
end
fprintf('%d\n', n);
