% The handler is asked for as many outputs as the call; its own errors propagate.
[a, b] = cellfun(@two, {1, 0, 3}, 'ErrorHandler', @two_err);
fprintf('%g ', a); fprintf('| '); fprintf('%g ', b); fprintf('\n');
try
  cellfun(@(x) error('first:id', 'first'), {1}, 'ErrorHandler', @(s, x) error('second:id', 'from handler'));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
% An error after the handler ran (a non-scalar result) is not handed to the handler.
try
  cellfun(@(x) error('a:b', 'c'), {1, 2}, 'ErrorHandler', @(s, x) [x x]);
catch e
  fprintf('%s\n', e.identifier);
end
function [p, q] = two(x)
  if x == 0
    error('two:zero', 'zero');
  end
  p = x; q = 10 * x;
end
function [p, q] = two_err(s, x)
  p = -1; q = -s.index;
end
