for i = 1:3
    for j = 1:3
        if j > i
            break
        end
        fprintf('%d%d ', i, j);
    end
end
fprintf('\n');
