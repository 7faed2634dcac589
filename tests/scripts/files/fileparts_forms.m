% fileparts splits folder, name and extension (the last '.' of the name).
[p, n, e] = fileparts('/home/user/data.tar.gz');
fprintf('[%s] [%s] [%s]\n', p, n, e);
[p, n, e] = fileparts('report.txt');
fprintf('[%s] [%s] [%s] %d\n', p, n, e, isempty(p));
[p, n, e] = fileparts('/file');
fprintf('[%s] [%s] [%s]\n', p, n, e);
[p, n, e] = fileparts('dir/sub/');
fprintf('[%s] [%s] [%s]\n', p, n, e);
[p, n, e] = fileparts('.bashrc');
fprintf('[%s] [%s] [%s]\n', p, n, e);
[p, n, e] = fileparts('a/b.c/noext');
fprintf('[%s] [%s] [%s]\n', p, n, e);
p = fileparts('x/y.m');
disp(p);
