m = containers.Map('KeyType', 'double', 'ValueType', 'double');
for x = [5 -2 3.5 0 100 -7.25]
    m(x) = 2 * x;
end
k = keys(m);
v = values(m);
fprintf('%g ', k{:}); fprintf('\n');
fprintf('%g ', v{:}); fprintf('\n');
