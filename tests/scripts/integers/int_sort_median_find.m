s = sort(int8([3 -1 2]), 'descend')
[t, k] = sort(uint32([5 1 5 0]));
fprintf('%s: %d %d %d %d / %d %d %d %d\n', class(t), t, k);
[u, j] = sort(single([3 NaN 1]));
fprintf('%s: %g %g %g / %d %d %d\n', class(u), u, j);
m = median(int8([1 2]))
fprintf('%s %d\n', class(median(uint8([1 3 10]))), median(uint8([1 3 10])));
f = find(uint16([0 3 0 7]))
[r, c, v] = find(int8([0 -3; 4 0]));
fprintf('%d %d %d\n', [r c double(v)]');
fprintf('%s\n', class(v));
fprintf('%d %d\n', any(int8([0 0 1])), all(int8([0 0 1])));
