data = [64 34 25 12 22 11 90 5];
[sorted, swaps, passes] = bubble(data);
fprintf('input : %s\n', sprintf('%d ', data));
fprintf('sorted: %s\n', sprintf('%d ', sorted));
fprintf('swaps = %d, passes = %d\n', swaps, passes);
fprintf('matches sort(): %d\n', isequal(sorted, sort(data)));
[s2, sw2, p2] = bubble(1:6);
fprintf('already sorted: swaps = %d, passes = %d\n', sw2, p2);
[s3, sw3] = bubble([]);
fprintf('empty: %d elements, %d swaps\n', numel(s3), sw3);

function [v, swaps, passes] = bubble(v)
    n = numel(v);
    swaps = 0;
    passes = 0;
    swapped = true;
    while swapped && n > 1
        swapped = false;
        passes = passes + 1;
        for k = 1:n-1
            if v(k) > v(k+1)
                v([k k+1]) = v([k+1 k]);
                swaps = swaps + 1;
                swapped = true;
            end
        end
        n = n - 1;
    end
end
