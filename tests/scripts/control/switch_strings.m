names = {'apple', 'kiwi', 'Apple', 'plum'};
for k = 1:numel(names)
    switch names{k}
        case 'apple'
            disp('fruit A')
        case {'kiwi', 'plum'}
            disp('fruit K/P')
        otherwise
            disp('unknown')
    end
end
