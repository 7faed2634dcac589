a = 10; b = 0;
while a > 0 && b < 3
    a = a - 3;
    b = b + 1;
end
fprintf('%d %d\n', a, b);
