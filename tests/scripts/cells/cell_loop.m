% for over a cell: each iteration gets a 1x1 cell (one column).
names = {'alpha', 'beta', 'gamma'};
for n = names
    fprintf('%s %s %d\n', class(n), n{1}, numel(n));
end
count = 0;
for col = {1, 2; 3, 4}
    count = count + 1;
    fprintf('%d: %d %d\n', count, size(col));
end
