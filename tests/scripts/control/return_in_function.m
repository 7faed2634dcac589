fprintf('%d\n', first_negative([3 5 -2 7 -1]));
fprintf('%d\n', first_negative([1 2]));

function idx = first_negative(v)
    idx = 0;
    for k = 1:numel(v)
        if v(k) < 0
            idx = k;
            return
        end
    end
    disp('none found')
end
