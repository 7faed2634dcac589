for k = 1:3
    fprintf('%d ', k);
    k = 10;
end
fprintf('\n%d\n', k);
