% Text is written as UTF-8 and read back as the same characters.
f = [tempname '.txt'];
s = ['caf' char(233) ' ' char(955)];
fid = fopen(f, 'w');
fprintf(fid, '%s\n', s);
fclose(fid);
fid = fopen(f);
b = fread(fid)';
fclose(fid);
fprintf('%d ', b); fprintf('\n');
t = fileread(f);
fprintf('%d %d\n', numel(t), isequal(t(1:end-1), s));
fid = fopen(f);
u = fgetl(fid);
fclose(fid);
fprintf('%d\n', isequal(u, s));
delete(f);
