a = false && noisy(1);
b = true || noisy(2);
c = true && noisy(3);
d = false || noisy(0);
fprintf('%d %d %d %d\n', a, b, c, d);

function r = noisy(v)
    fprintf('called %d\n', v);
    r = v;
end
