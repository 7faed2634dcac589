x = twice(3) + twice(4) * 2;
fprintf('%d\n', x);
y = [twice(1), twice(2); twice(3), twice(4)];
fprintf('%d ', y); fprintf('\n');

function r = twice(v)
    r = 2 * v;
end
