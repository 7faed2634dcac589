% fprintf to a file cycles the format over a matrix (column order) and returns the bytes.
f = [tempname '.csv'];
fid = fopen(f, 'w');
n = fprintf(fid, '%d,%d\n', [1 2; 3 4]);
m = fprintf(fid, '%s\n', 'end');
fclose(fid);
fprintf('%d %d\n', n, m);
fprintf('%s', fileread(f));
fid = fopen(f);
data = fscanf_like(fid);
fclose(fid);
disp(data);
delete(f);

function data = fscanf_like(fid)
    data = [];
    line = fgetl(fid);
    while ischar(line) && ~strcmp(line, 'end')
        data(end+1, :) = sscanf(line, '%d,%d')';
        line = fgetl(fid);
    end
end
