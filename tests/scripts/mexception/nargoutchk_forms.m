% nargoutchk checks the caller's nargout.
[a, b] = two_out();
fprintf('%d %d\n', a, b);
try
    one_needed();
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    [p, q, r] = at_most_one();
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end

function [a, b] = two_out()
    nargoutchk(1, 2);
    a = 1; b = 2;
end

function x = one_needed()
    nargoutchk(1, 1);
    x = 1;
end

function varargout = at_most_one()
    nargoutchk(0, 1);
    varargout = {1, 2, 3};
end
