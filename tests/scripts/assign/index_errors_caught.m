x = [1 2 3];
try, x(7), catch e, disp(e.message), end
try, x(-1), catch e, disp(e.message), end
try, x(1:2) = [1 2 3]; catch e, disp(e.message), end
