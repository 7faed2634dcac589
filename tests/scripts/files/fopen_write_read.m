% Write lines with fprintf to a file from fopen, then read them back with fgetl.
f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf('%d\n', fid >= 3);
fprintf(fid, 'alpha\n');
fprintf(fid, '%d-%d\n', 1, 2);
fprintf(fid, 'last line');
st = fclose(fid);
fprintf('status %d\n', st);
fid = fopen(f, 'r');
a = fgetl(fid);
b = fgetl(fid);
c = fgetl(fid);
d = fgetl(fid);
fclose(fid);
fprintf('[%s] [%s] [%s]\n', a, b, c);
fprintf('%s %d\n', class(d), d);
delete(f);
