s = string({'a', 'bb'});
fprintf('%s %d %d\n', class(s), size(s));
m = string(['ab'; 'cd']);
fprintf('%d %d\n', size(m));
disp(m(2))
e = string('');
fprintf('%d %d %d\n', size(e), strlength(e));
