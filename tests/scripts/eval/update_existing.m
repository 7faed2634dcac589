a = 1;
eval('a = a + 10;');
fprintf('%d\n', a);
b = [1 2 3];
eval('b(end+1) = 4;');
disp(b)
