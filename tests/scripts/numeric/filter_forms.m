% filter(b, a, x[, zi[, dim]]): direct form II transposed, normalised by a(1).
disp(mat2str(filter(1, [1 -0.5], [1 1 1 1])))
disp(mat2str(filter([1 1]/2, 1, [2 4 6 8])))
disp(mat2str(filter([1 2], [2 1], [1 2 3])))
disp(mat2str(filter(1, [1 -0.5], [1 2; 3 4; 5 6])))
disp(mat2str(filter(1, [1 -0.5], [1 2; 3 4; 5 6], [], 2)))
disp(mat2str(filter([1 1], 1, [1 2 3], 5)))
[y, zf] = filter([1 1 1]/3, 1, [3 6 9 12]);
disp(mat2str(y)); disp(mat2str(zf));
y = filter(1, [1 -1], ones(1, 5));
disp(mat2str(y))
disp(mat2str(filter([1 -1], 1, [1 4 9 16]')))
b = ones(1, 3) / 3;
x = [1 2 3 4 5 6];
y1 = filter(b, 1, x(1:3));
[~, z] = filter(b, 1, x(1:3));
y2 = filter(b, 1, x(4:6), z);
disp(isequal([y1 y2], filter(b, 1, x)))
try
    filter(1, [0 1], [1 2 3])
catch e
    disp(e.message);
end
