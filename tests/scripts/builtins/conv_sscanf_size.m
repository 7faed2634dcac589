% sizeA: n elements, [m n] and [m Inf] (the last column padded with zeros).
a = sscanf('1 2 3 4 5', '%d', 3);
fprintf('%d %d | %d %d %d\n', size(a), a);
b = sscanf('1 2 3 4 5', '%d', [2 Inf]);
disp(b);
c = sscanf('1 2 3 4 5 6 7', '%d', [3 2]);
disp(c);
[d, n] = sscanf('7 8 9', '%d', Inf);
fprintf('%d %d\n', numel(d), n);
