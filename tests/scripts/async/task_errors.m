% An error inside a task is rethrown by await with its identifier and message.
t = spawn(async @() do
  await(sleep_ms(5));
  error('demo:failed', 'task failed with code %d', 42);
end);
try
  await(t);
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
t2 = spawn(async @() do
  try
    await(sleep_ms(1e9));
  catch e
    fprintf('task cleanup after %s\n', e.identifier);
  end
end);
[cancel, tok] = cancellation_token();
t3 = spawn(with_cancel(tok, sleep_ms(1e9)));
cancel();
try
  await(t3);
catch e
  fprintf('%s\n', e.identifier);
end
disp('end of script');
