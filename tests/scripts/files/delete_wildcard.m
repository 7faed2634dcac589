% delete with a '*' wildcard removes every matching file in the folder.
d = tempname;
mkdir(d);
for k = 1:3
    fid = fopen(fullfile(d, sprintf('part%d.tmp', k)), 'w');
    fclose(fid);
end
fid = fopen(fullfile(d, 'keep.txt'), 'w'); fclose(fid);
delete(fullfile(d, '*.tmp'));
fprintf('%d %d %d\n', isfile(fullfile(d, 'part1.tmp')), isfile(fullfile(d, 'part3.tmp')), isfile(fullfile(d, 'keep.txt')));
delete(fullfile(d, 'keep.txt'));
rmdir(d);
fprintf('%d\n', isfolder(d));
