M = zeros(3);
for i = 1:3
    for j = 1:3
        M(i, j) = 10 * i + j;
    end
end
fprintf('%d ', M); fprintf('\n');
fprintf('%d\n', sum(M(:)));
