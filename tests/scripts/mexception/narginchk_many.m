% narginchk with too many inputs (a varargin function).
try
    at_most_two(1, 2, 3);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
at_most_two(1, 2, 3, 4);

function at_most_two(varargin)
    narginchk(0, 2);
end
