% fread(fid, n), fread(fid, [m n]) and [m Inf] (last column zero-padded), with the count.
f = [tempname '.bin'];
fid = fopen(f, 'w');
fwrite(fid, 1:7);
fclose(fid);
fid = fopen(f);
[a, n] = fread(fid, 3);
fprintf('%d %d | %d %d %d | %d\n', size(a), a, n);
b = fread(fid, [2 2]);
disp(b);
frewind(fid);
[c, n] = fread(fid, [3 Inf]);
disp(c);
fprintf('%d\n', n);
frewind(fid);
d = fread(fid, 100);
fprintf('%d %d\n', size(d));
fclose(fid);
delete(f);
