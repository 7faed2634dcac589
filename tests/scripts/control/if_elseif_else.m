for x = [-5 0 5 50]
    if x < 0
        disp('negative')
    elseif x == 0
        disp('zero')
    elseif x < 10
        disp('small')
    else
        disp('large')
    end
end
