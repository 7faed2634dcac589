disp('100% sure') % comment
s = 'a%b';
fprintf('%s\n', s);
t = 'x...y';
disp(t)
fprintf('%d\n', numel(t));
