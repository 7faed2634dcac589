fprintf('%g\n', feval('sqrt', 16));
fprintf('%g\n', feval(@plus, 1, 2));
h = @(a, b) a * b;
fprintf('%g\n', feval(h, 6, 7));
fprintf('%g\n', feval('addone', 1));
[m, i] = feval(@min, [4 2 8]);
fprintf('%g %g\n', m, i);
