disp('start')
y = x + 1;
disp('not reached')
