n = 0;
for s = ["alpha" "beta" "gamma"]
    n = n + strlength(s);
    fprintf('%s:%s\n', class(s), s);
end
fprintf('%d\n', n);
