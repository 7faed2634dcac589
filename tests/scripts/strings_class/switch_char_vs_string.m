x = 'abc';
switch x
    case "abc"
        disp('char matched string case')
end
y = "abc";
switch y
    case 'abc'
        disp('string matched char case')
end
switch "1"
    case 1
        disp('wrong')
    otherwise
        disp('number case does not match')
end
