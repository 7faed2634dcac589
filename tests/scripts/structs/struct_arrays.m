% Struct arrays: growth by s(k).f = v, cs-lists [s.x] and {s.x}, struct() with cells.
s(3).x = 30;
fprintf('%d %d\n', size(s));
fprintf('%d\n', isempty(s(1).x));
s(1).x = 10;
s(2).x = 20;
fprintf('%d ', [s.x]); fprintf('\n');
c = {s.x};
fprintf('%s %d %d\n', class(c), size(c));
s(2).y = 'new';
fprintf('%d %d\n', isempty(s(1).y), numel(fieldnames(s)));
t = struct('a', {1, 2, 3}, 'b', 'shared');
fprintf('%d %d\n', size(t));
fprintf('%s %d\n', t(3).b, t(2).a);
u = t(2:3);
fprintf('%d ', [u.a]); fprintf('\n');
t(2) = [];
fprintf('%d ', [t.a]); fprintf('\n');
total = 0;
for k = 1:numel(t)
    total = total + t(k).a;
end
fprintf('%d\n', total);
e = struct('a', {});
fprintf('%d %d\n', size(e));
p = struct('m', {{1, 2}});
fprintf('%s %d\n', class(p.m), numel(p.m));
