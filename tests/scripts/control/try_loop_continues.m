results = [];
for k = 1:4
    try
        if k == 2
            error('bad k');
        end
        results(end+1) = k;
    catch
        results(end+1) = -1;
    end
end
fprintf('%d ', results); fprintf('\n');
