r = [1 2 3 4];
c = r';
a = r([1; 2]);
b = c([1 2]);
fprintf('%d %d\n', size(a), size(b));
M = magic_like();
d = M([1 2 3]);
fprintf('%d %d\n', size(d));

function M = magic_like()
    M = [8 1 6; 3 5 7; 4 9 2];
end
