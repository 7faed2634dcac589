% fwrite converts to the precision; fread reads it back (little endian by default).
f = [tempname '.bin'];
fid = fopen(f, 'w');
n1 = fwrite(fid, [1 -2 300], 'int32');
n2 = fwrite(fid, [pi -0.5], 'double');
n3 = fwrite(fid, int16([-1 2]), 'int16');
fclose(fid);
fprintf('%d %d %d\n', n1, n2, n3);
d = dir_bytes(f);
fprintf('%d bytes\n', d);
fid = fopen(f);
a = fread(fid, 3, 'int32')';
b = fread(fid, 2, 'double')';
c = fread(fid, 2, '*int16')';
fclose(fid);
fprintf('%d %d %d\n', a);
fprintf('%.15g %.15g\n', b);
fprintf('%s %d %d\n', class(c), c);
delete(f);

function n = dir_bytes(f)
    fid = fopen(f);
    n = numel(fread(fid));
    fclose(fid);
end
