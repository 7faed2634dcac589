% An uncaught error inside a cellfun callback ends the script with its message.
fprintf('start\n');
r = cellfun(@inner, {1, 2, 3});
fprintf('not reached\n');
function y = inner(x)
  if x == 2
    error('demo:inner', 'inner failed on %d', x);
  end
  y = x;
end
