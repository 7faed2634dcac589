x = 5;
r = uses_own_x();
fprintf('%d %d\n', x, r);

function r = uses_own_x()
    x = 1;
    r = x + exist('y', 'var');
end
