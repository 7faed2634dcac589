A = [1 2 3; 4 5 6];
for c = A
    fprintf('%d %d | %d %d\n', size(c), c(1), c(2));
end
