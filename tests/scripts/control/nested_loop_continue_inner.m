total = 0;
for i = 1:3
    for j = 1:4
        if j == 2
            continue
        end
        total = total + i * j;
    end
end
fprintf('%d\n', total);
