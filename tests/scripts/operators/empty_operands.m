a = [] + 1;
fprintf('%d %d\n', size(a));
b = zeros(0, 3) * 2;
fprintf('%d %d\n', size(b));
c = [] == [];
fprintf('%d %d\n', size(c));
disp(class(c))
