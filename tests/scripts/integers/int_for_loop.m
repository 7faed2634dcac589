for k = int8(1):int8(3)
    fprintf('%d %s\n', k, class(k));
end
total = uint8(0);
for v = uint8([100 100 100])
    total = total + v;
end
fprintf('%d\n', total);
for c = int16([1 2; 3 4])
    fprintf('%d %d | %s\n', c, class(c));
end
n = 0;
for k = 1:int32(4)
    n = n + 1;
end
fprintf('%d\n', n);
