y = square_it(4);
fprintf('%d\n', y);
fprintf('%d\n', square_it(square_it(2)));

function r = square_it(x)
    r = x * x;
end
