s = strings(1, 0);
for k = 1:4
    s(end+1) = "item" + k;
end
fprintf('%s\n', s);
fprintf('%d %d\n', size(s));
