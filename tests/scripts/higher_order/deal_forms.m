% deal copies one input to every output, or one input per output.
[a, b] = deal(7);
[c, d, e] = deal(1, 'two', {3});
fprintf('%g %g %g %s %d\n', a, b, c, d, iscell(e));
s = struct('v', {1, 2, 3});
[a, b, c] = deal(s.v);
fprintf('%g %g %g\n', c, b, a);
[q1, q2] = deal('x', 'y');
fprintf('%s%s\n', q1, q2);
try
  [p1, p2] = deal(1, 2, 3);
catch err
  fprintf('%s\n', err.message);
end
