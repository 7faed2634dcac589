% An uncaught task error ends the script with the task's error.
t = spawn(async @() do
  error('demo:boom', 'boom from a task');
end);
await(t);
