m = containers.Map('KeyType', 'double', 'ValueType', 'any');
add_squares(m, 4);
fprintf('%d\n', m.Count);
v = values(m);
fprintf('%d ', v{:}); fprintf('\n');
fprintf('%d\n', total(m));

function add_squares(map, n)
    for i = 1:n
        map(i) = i^2;
    end
end

function s = total(map)
    s = 0;
    k = keys(map);
    for i = 1:numel(k)
        s = s + map(k{i});
    end
end
