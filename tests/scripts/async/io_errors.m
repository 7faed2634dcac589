% I/O errors are catchable MExceptions with RunMat identifiers and the system's reason.
try
  await(read_text_async('/nonexistent_runmat_dir/a.txt'));
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  await(read_text_async('/'));
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  await(write_text_async('/nonexistent_runmat_dir/b.txt', 'x'));
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  read_text_async(42);
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  write_text_async('/tmp/runmat_script_io_errors.txt', 42);
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
