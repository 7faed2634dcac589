f = @sin;
fprintf('%g\n', f(0));
g = @abs;
fprintf('%d ', g([-1 2 -3])); fprintf('\n');
h = @max;
[m, i] = h([3 8 1]);
fprintf('%d %d\n', m, i);
disp(class(f))
