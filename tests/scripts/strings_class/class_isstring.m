disp(class("a"))
fprintf('%d %d %d %d\n', isstring("a"), ischar("a"), isstring('a'), ischar('a'));
