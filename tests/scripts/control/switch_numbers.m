for x = [1 2 3 7]
    switch x
        case 1
            disp('one')
        case {2, 3}
            disp('two or three')
        otherwise
            disp('other')
    end
end
