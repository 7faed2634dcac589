v = [1 2 3];
for k = 1:5
    fprintf('%d\n', v(k));
end
