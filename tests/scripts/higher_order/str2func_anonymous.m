% str2func with anonymous function text compiles it; the result captures no variables.
f = str2func('@(x) x.^2 + 1');
fprintf('%s %g %g\n', class(f), f(2), f(3));
fprintf('%s\n', func2str(f));
g = str2func('@(a, b) max(a, b)');
fprintf('%g\n', g(3, 8));
h = str2func('@() 42');
fprintf('%g\n', h());
adder = str2func('@(n) @(x) x + n');
add5 = adder(5);
fprintf('%g\n', add5(10));
q = str2func('@(x) helper(x)');
fprintf('%g\n', q(4));
c = cellfun(@(t) feval(str2func(t), 2), {'@(x) x * 10', 'sqrt'});
fprintf('%g %g\n', c);
a = 100;
k = str2func('@(x) x + a');
try
  k(1);
catch e
  fprintf('%s\n', e.message);
end
function y = helper(x)
  y = -x;
end
