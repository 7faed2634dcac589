disp hello
disp 42
x = 3;
disp(x)
