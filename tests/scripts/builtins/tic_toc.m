tic;
x = 0;
for k = 1:1000
    x = x + k;
end
t = toc;
fprintf('%d\n', t >= 0);
fprintf('%d\n', isscalar(t));
id = tic;
e = toc(id);
fprintf('%d\n', e >= 0);
fprintf('%d\n', x);
