disp('before')
r = one_arg(1, 2);

function r = one_arg(a)
    r = a;
end
