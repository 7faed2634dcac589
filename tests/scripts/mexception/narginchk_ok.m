% narginchk passes when the caller's nargin is within [min, max] (max may be Inf).
disp(count_args(1));
disp(count_args(1, 2));
disp(count_args(1, 2, 3));
disp(any_count(1, 2, 3, 4, 5));

function n = count_args(a, b, c)
    narginchk(1, 3);
    n = nargin;
end

function n = any_count(varargin)
    narginchk(2, Inf);
    n = nargin;
end
