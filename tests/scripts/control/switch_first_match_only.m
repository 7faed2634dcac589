x = 2;
switch x
    case 2
        disp('first')
    case {1, 2}
        disp('second')
end
switch 5
    case 1
        disp('no')
end
disp('after')
