eval('x = 5;');
disp(x)
