fs = {};
for k = 1:3
    fs{k} = @(x) x * k;
end
for k = 1:3
    fprintf('%d\n', fs{k}(10));
end
