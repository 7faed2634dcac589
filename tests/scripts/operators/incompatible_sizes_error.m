a = [1 2 3];
disp('before')
b = a + [1 2];
disp('not reached')
