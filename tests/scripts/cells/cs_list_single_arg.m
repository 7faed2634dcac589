% c{i} as a call argument is one value, even when that value is itself a cell (or empty
% cell); c{:} and s.f lists still expand to several arguments.
c = {{1, 2, 3}, {}, 'abc', [4 5]};
disp(numel(c{1}));
disp(numel(c{2}));
disp(class(c{2}));
disp(numel(c{3}));
x = max(c{4});
disp(x);
d = {7};
disp(plus(d{:}, 1));
e = {3, 4};
disp(plus(e{:}));
z = {{}};
disp(size(z{1}));
f = @(varargin) numel(varargin);
disp(f(c{1}));
disp(f(c{:}));
disp(f(z{1}));
s(1).v = 1; s(2).v = 2;
disp(f(s.v));
