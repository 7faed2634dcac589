format long
x = pi;
fprintf('%.5f\n', x);
disp(pi)
format short
disp(pi)
