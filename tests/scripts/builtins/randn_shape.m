z = randn(2, 3);
fprintf('%d %d\n', size(z));
fprintf('%d %d\n', size(randn(4)));
fprintf('%d\n', isreal(z));
disp(class(z))
fprintf('%d\n', all(isfinite(z(:))));
