for k = 1:3
    fprintf('%d\n', counter());
end
fprintf('%d\n', counter() + counter());

function n = counter()
    persistent count
    if isempty(count)
        count = 0;
    end
    count = count + 1;
    n = count;
end
