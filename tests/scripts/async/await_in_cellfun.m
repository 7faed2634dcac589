% A cellfun/arrayfun callback that awaits suspends the whole execution and resumes inside
% cellfun; other tasks run meanwhile, and an error after an await still reaches try/catch.
r = cellfun(@(x) do
  await(sleep_ms(x));
  x * 2
end, {3, 1, 2});
fprintf('%g ', r); fprintf('\n');
t = spawn(async @() do
  disp('task runs while cellfun waits');
  7
end);
q = arrayfun(@(k) await(slow_square(k)), 1:3);
fprintf('%g ', q); fprintf('\n');
fprintf('%d\n', await(t));
c = cellfun(@(x) await(slow_square(x)), {4, 5}, 'UniformOutput', false);
fprintf('%g %g\n', c{:});
try
  cellfun(@failing_after_await, {1, 2});
catch e
  fprintf('caught %s: %s\n', e.identifier, e.message);
end
h = cellfun(@failing_after_await, {1, 2, 3}, 'ErrorHandler', @(s, x) -x);
fprintf('%g ', h); fprintf('\n');
nested = cellfun(@(c) sum(cellfun(@(x) await(slow_square(x)), c)), {{1, 2}, {3}});
fprintf('%g %g\n', nested);
async function y = slow_square(k)
  await(sleep_ms(k));
  y = k * k;
end
function y = failing_after_await(x)
  await(yield_now());
  if x == 2
    error('demo:late', 'failed after await on %d', x);
  end
  y = x;
end
