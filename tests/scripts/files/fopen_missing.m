% A file that cannot be opened gives fid -1 and the system's message, not an error.
[fid, msg] = fopen(fullfile(tempdir, 'no_such_dir_runmat', 'x.txt'));
fprintf('%d\n', fid);
disp(msg);
fid = fopen('definitely_missing_file_runmat.txt', 'r');
fprintf('%d\n', fid);
f = [tempname '.txt'];
[fid, msg] = fopen(f, 'w');
fprintf('%d %s %d %d\n', fid >= 3, class(msg), isempty(msg), size(msg, 1));
fclose(fid);
delete(f);
