% Values outside the precision's range saturate; fractions round half away from zero.
f = [tempname '.bin'];
fid = fopen(f, 'w');
fwrite(fid, [-5 2.5 3.4 300 NaN]);
fwrite(fid, [-200 200], 'int8');
fwrite(fid, 'AZ');
fclose(fid);
fid = fopen(f);
a = fread(fid, 5)';
b = fread(fid, 2, 'int8')';
c = fread(fid, 2, '*char')';
fclose(fid);
fprintf('%d ', a); fprintf('\n');
fprintf('%d %d\n', b);
disp(c);
delete(f);
