% UTF-8 on disk, char (UTF-16 code units) in MATLAB, both ways.
p = '/tmp/runmat_script_io_utf8.txt';
s = ['caf' char(233) ' ' char(8364) '5'];
await(write_text_async(p, s));
t = await(read_text_async(p));
fprintf('%d %d %d\n', numel(t), double(t(4)), double(t(6)));
fprintf('%d\n', isequal(t, s));
