function n = count_args(first, varargin)
n = 1 + numel(varargin);
end
