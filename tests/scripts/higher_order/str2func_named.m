% str2func with a function name gives a handle that calls it.
f = str2func('sin');
fprintf('%s %g\n', class(f), f(0));
g = str2func('max');
[m, i] = g([4 9 2]);
fprintf('%g %g\n', m, i);
fprintf('%s\n', func2str(f));
h = str2func('double_it');
fprintf('%g\n', h(21));
fprintf('%d\n', isequal(str2func('cos'), @cos));
function y = double_it(x)
  y = 2 * x;
end
