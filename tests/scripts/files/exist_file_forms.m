% exist(name, 'file') is 2 for a file and 7 for a folder; 0 once deleted.
f = [tempname '.txt'];
fprintf('%d\n', exist(f, 'file'));
fid = fopen(f, 'w'); fclose(fid);
fprintf('%d %d\n', exist(f, 'file'), exist(f));
fprintf('%d %d\n', exist(tempdir, 'file'), exist(tempdir, 'dir'));
fprintf('%d\n', exist(f, 'dir'));
delete(f);
fprintf('%d\n', exist(f, 'file'));
