% isequal on structs: same size, same field names (in any order), equal values.
a = struct('x', 1, 'y', 'text');
b = struct('y', 'text', 'x', 1);
c = struct('x', 1, 'y', 'texT');
fprintf('%d %d\n', isequal(a, b), isequal(a, c));
fprintf('%d\n', isequal(a, struct('x', 1)));
n1.inner.v = {1, [2 3]};
n2.inner.v = {1, [2 3]};
fprintf('%d\n', isequal(n1, n2));
n2.inner.v{2}(2) = 4;
fprintf('%d\n', isequal(n1, n2));
s1 = struct('k', {1, 2});
s2 = struct('k', {1, 2});
fprintf('%d %d\n', isequal(s1, s2), isequal(s1, s2(1)));
fprintf('%d\n', isequal(struct(), struct()));
