t = true + true;
fprintf('%d\n', t);
disp(class(t))
disp(class(true & true))
u = -true;
fprintf('%d\n', u);
disp(class([true false] * 2))
