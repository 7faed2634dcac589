% fileread returns the whole file as one char row, newlines included.
f = [tempname '.m'];
fid = fopen(f, 'w');
fprintf(fid, 'x = 1;\ny = 2;\n');
fclose(fid);
t = fileread(f);
fprintf('%s %d %d\n', class(t), size(t));
fprintf('%d\n', sum(t == newline));
fprintf('%s', t);
lines = strsplit(strtrim(t), newline);
fprintf('%d [%s]\n', numel(lines), lines{2});
delete(f);
