% while ~feof(fid) reads every line exactly once, with or without a final newline.
f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, 'l1\nl2\n');
fclose(fid);
fid = fopen(f);
fprintf('%d\n', feof(fid));
while ~feof(fid)
    disp(fgetl(fid));
end
fprintf('%d\n', feof(fid));
fclose(fid);
fid = fopen(f, 'w');
fprintf(fid, 'no newline');
fclose(fid);
fid = fopen(f);
k = 0;
while ~feof(fid)
    s = fgetl(fid);
    k = k + 1;
end
fclose(fid);
fprintf('%d [%s]\n', k, s);
delete(f);
