eval('m = [10 20 30];');
fprintf('%d\n', m(2));
m
eval('f = @(t) t + 1;');
fprintf('%d\n', f(1));
