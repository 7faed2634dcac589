% feval with a name or a handle, extra arguments, several outputs.
fprintf('%g\n', feval('sin', 0));
fprintf('%g\n', feval(@plus, 1, 2));
fprintf('%g\n', feval(@(a, b) a * b, 6, 7));
[m, i] = feval('max', [2 7 3]);
fprintf('%g %g\n', m, i);
fprintf('%g\n', feval('local_add', 4, 5));
h = @local_add;
fprintf('%g\n', feval(h, 1, 1));
names = {'cos', 'exp'};
fprintf('%g ', cellfun(@(n) feval(n, 0), names)); fprintf('\n');
function z = local_add(x, y)
  z = x + y;
end
