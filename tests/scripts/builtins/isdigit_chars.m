% isdigit marks the characters '0'..'9' of a char array, keeping its shape.
d = isdigit('a1 b22;')
disp(class(d))
disp(isdigit(['12'; 'x3']))
disp(size(isdigit('')))
