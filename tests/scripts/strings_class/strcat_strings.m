a = strcat("a ", "b");
fprintf('[%s] %s\n', a, class(a));
b = strcat(["x" "y"], "_", 'z');
disp(b)
