fprintf('%d\n', find_first([5 7 9 7], 7));
fprintf('%d\n', find_first([1 2], 9));

function idx = find_first(v, target)
    idx = -1;
    for k = 1:numel(v)
        if v(k) == target
            idx = k;
            return;
        end
    end
end
