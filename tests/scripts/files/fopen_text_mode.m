% The 't' (text) and 'b' suffixes are accepted; on this platform they change nothing.
f = [tempname '.txt'];
fid = fopen(f, 'wt');
fprintf(fid, 'x=%g\n', 2.5);
fclose(fid);
fid = fopen(f, 'rt');
disp(fgetl(fid));
fclose(fid);
fid = fopen(f, 'rb');
disp(fread(fid)');
fclose(fid);
fid = fopen(f, 'at+');
fprintf('%d\n', fid > 2);
fclose(fid);
delete(f);
