% Callbacks see their captured values; a named callback runs in its own workspace.
k = 5;
r = cellfun(@(x) x + k, {1, 2});
k = 100;
fprintf('%g %g\n', r);
count = cellfun(@counter, {1, 1, 1});
fprintf('%g %g %g\n', count);
out = cellfun(@(x) numel(x), {'abc', 1:10});
fprintf('%g %g\n', out);
function n = counter(~)
  persistent calls
  if isempty(calls)
    calls = 0;
  end
  calls = calls + 1;
  n = calls;
end
