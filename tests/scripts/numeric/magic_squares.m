% magic(n) for odd, doubly even and singly even orders: MATLAB's exact layout.
disp(mat2str(magic(3)))
disp(mat2str(magic(4)))
disp(mat2str(magic(2)))
disp(mat2str(magic(6)))
disp(mat2str(magic(1)))
disp(size(magic(0)))
for n = 3:12
    M = magic(n);
    s = n * (n^2 + 1) / 2;
    ok = all(sum(M, 1) == s) && all(sum(M, 2) == s) && sum(diag(M)) == s && sum(diag(fliplr(M))) == s;
    fprintf('%d %d %d\n', n, s, ok);
end
M = magic(10);
fprintf('%d ', M(1, :)); fprintf('\n');
fprintf('%d ', M(:, 10)); fprintf('\n');
