% fread(fid) reads every byte as a double column.
f = [tempname '.bin'];
fid = fopen(f, 'w');
fwrite(fid, [72 105 0 255]);
fclose(fid);
fid = fopen(f);
a = fread(fid);
fprintf('%s %d %d\n', class(a), size(a, 1), size(a, 2));
fprintf('%d ', a); fprintf('\n');
b = fread(fid);
fprintf('%d %d\n', isempty(b), feof(fid));
fclose(fid);
delete(f);
