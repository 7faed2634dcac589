% structfun maps over the fields of a scalar struct: a column when uniform, else a struct.
s = struct('a', 1, 'b', [2 3], 'c', 'xyz');
n = structfun(@numel, s);
fprintf('%dx%d: %d %d %d\n', size(n, 1), size(n, 2), n);
t = structfun(@(v) v(end), s, 'UniformOutput', false);
fprintf('%s %d %d %s\n', class(t), t.a, t.b, t.c);
f = fieldnames(t);
fprintf('%s ', f{:}); fprintf('\n');
[lo, hi] = structfun(@(v) deal(min(v), max(v)), struct('x', [4 1 9], 'y', 5));
fprintf('%g %g | %g %g\n', lo, hi);
e = structfun(@(v) v, struct());
fprintf('%s %dx%d\n', class(e), size(e, 1), size(e, 2));
r = structfun(@(v) v(2), struct('p', [1 2], 'q', 5, 'r', [3 4]), 'ErrorHandler', @(st, v) st.index);
fprintf('%g ', r); fprintf('\n');
