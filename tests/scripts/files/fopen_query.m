% fopen(fid) reports the file name and machine format of an open identifier.
f = [tempname '.txt'];
fid = fopen(f, 'w');
[name, perm, fmt, enc] = fopen(fid);
fprintf('%d %s %s\n', isequal(name, f), fmt, enc);
fprintf('%s\n', perm(1));
fclose(fid);
name = fopen(fid);
fprintf('%d\n', isempty(name));
delete(f);
