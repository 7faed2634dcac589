% fgetl drops the newline; an empty line is ''; at end of file it returns -1 (a double).
f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, 'first\n\nthird\n');
fclose(fid);
fid = fopen(f);
n = 0;
line = fgetl(fid);
while ischar(line)
    n = n + 1;
    fprintf('%d: [%s] %d\n', n, line, numel(line));
    line = fgetl(fid);
end
fprintf('%s %d\n', class(line), line);
fprintf('%d\n', isequal(fgetl(fid), -1));
fclose(fid);
delete(f);
