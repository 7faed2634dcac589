n = 0;
for k = []
    n = n + 1;
end
for k = 1:0
    n = n + 1;
end
fprintf('%d\n', n);
