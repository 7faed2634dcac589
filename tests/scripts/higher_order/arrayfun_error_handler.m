% arrayfun's ErrorHandler receives the failing element's index and value.
v = arrayfun(@(x) safe_log(x), [1 -1 exp(2)], 'ErrorHandler', @(s, x) -x);
fprintf('%g %g %g\n', v);
w = arrayfun(@(a, b) a(b), [1 2], [1 5], 'ErrorHandler', @(s, a, b) s.index * 100);
fprintf('%g %g\n', w);
function y = safe_log(x)
  if x <= 0
    error('demo:log', 'log of %g', x);
  end
  y = log(x);
end
