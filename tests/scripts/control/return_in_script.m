disp('start')
x = 1;
if x == 1
    return
end
disp('not reached')
