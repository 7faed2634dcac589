% A function given by name is called like a handle to it.
n = cellfun('numel', {1, [1 2 3]});
fprintf('%d %d\n', n);
u = cellfun('upper', {'ab', 'x'}, 'UniformOutput', false);
fprintf('%s %s\n', u{:});
t = cellfun('twice', {1, 2});
fprintf('%d %d\n', t);
l = cellfun('length', {1:4, 'ab'}, 'UniformOutput', false);
fprintf('%d %d\n', l{:});
function y = twice(x)
  y = 2 * x;
end
