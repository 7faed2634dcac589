% Futures are lazy: creating write_text_async writes nothing until it is awaited or spawned.
p = '/tmp/runmat_script_io_lazy.txt';
await(write_text_async(p, 'old'));
f = write_text_async(p, 'new');
disp(await(read_text_async(p)));
await(f);
disp(await(read_text_async(p)));
try
  await(f);
catch e
  disp(e.identifier);
end
