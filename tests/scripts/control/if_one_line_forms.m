x = 3;
if x > 2, disp('a'), end
if x > 5, disp('b'), else, disp('c'), end
if x == 3; disp('d'); end
