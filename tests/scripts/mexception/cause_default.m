% err.cause is an empty cell by default.
try
    error('a:b', 'x');
catch err
    c = err.cause;
    fprintf('%s %d %d %d\n', class(c), size(c, 1), size(c, 2), isempty(c));
end
