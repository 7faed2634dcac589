fprintf('%d\n', power_or_square(3));
fprintf('%d\n', power_or_square(2, 5));
show_nargin();
show_nargin(1, 2, 3);

function r = power_or_square(x, p)
    if nargin < 2
        p = 2;
    end
    r = x ^ p;
end

function show_nargin(a, b, c)
    fprintf('nargin = %d\n', nargin);
end
