% Comma-separated lists from c{:}: call arguments, [ ], { }, multiple assignment.
c = {3, 1, 2};
fprintf('%d\n', max([c{:}]));
fprintf('%d-%d-%d\n', c{:});
m = {c{:}, 4};
fprintf('%d %d\n', size(m));
[a, b, d] = c{:};
fprintf('%d %d %d\n', a, b, d);
[p, q] = c{2:3};
fprintf('%d %d\n', p, q);
args = {2, 3};
z = zeros(args{:});
fprintf('%d %d\n', size(z));
fprintf('%d\n', addall(c{:}));
fprintf('%d\n', addall(c{:}, 10, c{1:2}));
f = @(varargin) numel(varargin);
fprintf('%d\n', f(c{:}, c{:}));
w = c{2};
fprintf('%d\n', w);
words = {'ab', 'cd'};
fprintf('%s\n', [words{:}]);
r = fwd(1, 2, 3);
fprintf('%d\n', r);
x = magic(3);
idx = {2, ':'};
fprintf('%d ', x(idx{:})); fprintf('\n');

function s = addall(varargin)
    s = 0;
    for k = 1:nargin
        s = s + varargin{k};
    end
end

function r = fwd(varargin)
    r = addall(varargin{:});
end
