a = [1 2]; b = [3 4];
M = [a' b'];
disp(M)
s = 'x';
t = [s ' y'];
disp(t)
u = [s' 'z'];
disp(u)
