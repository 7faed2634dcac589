t = tic;
fprintf('%s %d\n', class(t), numel(t));
x = 0;
for k = 1:100
    x = x + k;
end
e = toc(t);
fprintf('%s %d\n', class(e), e >= 0);
