fprintf('%d\n', sum_all());
fprintf('%d\n', sum_all(1, 2, 3));
fprintf('%d\n', sum_all(10));
describe('a', 1, 2);

function s = sum_all(varargin)
    s = 0;
    for k = 1:nargin
        s = s + varargin{k};
    end
end

function describe(name, varargin)
    fprintf('%s: nargin=%d, extra=%d\n', name, nargin, numel(varargin));
end
