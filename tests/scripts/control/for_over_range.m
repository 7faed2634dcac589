s = 0;
for k = 1:10
    s = s + k;
end
fprintf('%d %d\n', s, k);
for k = 10:-4:1
    fprintf('%d ', k);
end
fprintf('\n');
for v = 0.5:0.5:1.5
    fprintf('%g ', v);
end
fprintf('\n');
