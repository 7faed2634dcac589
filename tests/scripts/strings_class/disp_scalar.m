disp("hello world")
x = "";
disp(x)
