for v = [7 3 9]
    fprintf('%d\n', v);
end
for ch = 'abc'
    fprintf('%s-', ch);
end
fprintf('\n');
