n = 0;
for c = [1; 2; 3]
    n = n + 1;
    fprintf('%d\n', numel(c));
end
fprintf('%d\n', n);
