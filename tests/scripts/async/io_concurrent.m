% Reads run as tasks alongside other work; join keeps argument order.
a = '/tmp/runmat_script_io_conc_a.txt';
b = '/tmp/runmat_script_io_conc_b.txt';
c = await(join(write_text_async(a, 'alpha'), write_text_async(b, 'beta')));
fprintf('%d results\n', numel(c));
t = spawn(read_text_async(b));
fprintf('%s\n', class(t));
disp('main goes on');
r = await(join(read_text_async(a), t));
fprintf('%s+%s\n', r{1}, r{2});
x = await(with_timeout_ms(60000, read_text_async(a)));
disp(x);
