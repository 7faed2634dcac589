[a, ~, c] = three_outputs(5);
fprintf('%d %d\n', a, c);
[p, q] = three_outputs(1);
fprintf('%d %d\n', p, q);
r = three_outputs(2);
fprintf('%d\n', r);

function [x, y, z] = three_outputs(n)
    x = n;
    y = n * 10;
    z = n * 100;
end
