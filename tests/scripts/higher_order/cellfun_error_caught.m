% An error inside a callback unwinds out of cellfun into the caller's try/catch.
count = 0;
try
  r = cellfun(@(x) 10 / check(x), {1, 2, 0, 4});
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
fprintf('after %d\n', exist('r', 'var'));
% Errors caught inside the callback do not reach cellfun.
r = cellfun(@safe, {1, 'a', 3});
fprintf('%g ', r); fprintf('\n');
function y = check(x)
  if x == 0
    error('demo:zero', 'zero at %d', x);
  end
  y = x;
end
function y = safe(x)
  try
    y = x * 2;
    if ischar(x)
      error('demo:char', 'char');
    end
  catch
    y = -1;
  end
end
