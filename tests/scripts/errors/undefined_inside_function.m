fprintf('%d\n', 1);
r = uses_missing(2);

function r = uses_missing(a)
    r = a + missing_value;
end
