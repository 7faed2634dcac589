% fgets keeps the line terminator; fgets(fid, n) reads at most n characters.
f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, 'abcdef\nxy\n');
fclose(fid);
fid = fopen(f);
a = fgets(fid, 3);
b = fgets(fid);
c = fgets(fid);
d = fgets(fid);
fclose(fid);
fprintf('%d %d %d\n', numel(a), numel(b), numel(c));
fprintf('[%s] %d\n', a, double(b(end)));
fprintf('%s', b, c);
fprintf('%d\n', d);
delete(f);
