function r = file_with_local(x)
r = helper_double(x) + 1;
end

function d = helper_double(x)
d = 2 * x;
end
