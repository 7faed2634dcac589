x = 7;
display(x)
disp(x)
disp([1 2; 3 4])
