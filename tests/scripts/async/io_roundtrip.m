% write_text_async then read_text_async: the text comes back as a 1xN char row.
p = '/tmp/runmat_script_io_roundtrip.txt';
w = write_text_async(p, sprintf('first line\nsecond line'));
fprintf('%s\n', class(w));
r = await(w);
fprintf('write gives %s %s\n', class(r), mat2str(size(r)));
t = await(read_text_async(p));
fprintf('%s %s\n', class(t), mat2str(size(t)));
disp(t);
lines = strsplit(t, sprintf('\n'));
fprintf('%d lines, last: %s\n', numel(lines), lines{end});
