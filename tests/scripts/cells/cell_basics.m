% Cell literals, brace and paren indexing, growth, deletion, nesting.
c = {1, 'abc'; [1 2 3], {4, 5}};
fprintf('%d %d %d\n', size(c), numel(c));
fprintf('%s\n', class(c), class(c{1,2}), class(c{2,2}));
fprintf('%d\n', c{2,1}(end));
fprintf('%d\n', c{2,2}{2});
fprintf('%s\n', c{3});
d = {};
for k = 1:4
    d{end+1} = k * 10;
end
fprintf('%d %d\n', size(d));
fprintf('%d ', d{:}); fprintf('\n');
e = d(2:3);
fprintf('%s %d %d\n', class(e), size(e));
d(2) = [];
fprintf('%d ', d{:}); fprintf('\n');
d(2) = {99};
fprintf('%d ', d{:}); fprintf('\n');
d{6} = 1;
fprintf('%d %d %d\n', size(d), isempty(d{5}));
z = cell(2, 3);
fprintf('%d %d %d\n', size(z), isempty(z{2, 3}));
fprintf('%d %d\n', iscell(z), iscell(5));
w = [{1, 2}, {3}];
fprintf('%d %d\n', size(w));
v = [{1}; {2}; {'x'}];
fprintf('%d %d\n', size(v));
n = {};
fprintf('%d %d %d\n', size(n), isempty(n));
x = {1, 2, 3};
x{2} = 'two';
fprintf('%s\n', x{2});
x{2, 2} = 5;
fprintf('%d %d %d\n', size(x), isempty(x{2, 1}));
