a = intmax('int64')
b = intmin('int64')
c = intmax('uint64')
fprintf('%d\n', a);
fprintf('%d\n', b);
fprintf('%u\n', c);
s = sprintf('%d', c - 1);
disp(s)
d = int64(9007199254740992) + 1;
fprintf('%d\n', d);
