% narginchk with too few inputs: MATLAB:narginchk:notEnoughInputs, raised as the caller's.
try
    needs_two(1);
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
    disp(getReport(err));
end
needs_two(1);

function needs_two(a, b)
    narginchk(2, 2);
end
