fprintf('%d\n', factorial(4));
y = factorial([3 -2]);
disp(y)
