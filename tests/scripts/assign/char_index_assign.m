s = 'hello';
s(1) = 'H';
s(end:-1:1)
t = s([1 1 2]);
disp(t)
