% fread on an identifier that was closed.
f = [tempname '.txt'];
fid = fopen(f, 'w');
fclose(fid);
delete(f);
x = fread(fid);
