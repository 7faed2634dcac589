% func2str: a named handle's function name, an anonymous function's text.
a = func2str(@sin);
b = func2str(@(x) x + 1);
k = 3;
c = func2str(@(x, y) x .* y + k);
fprintf('[%s] [%s] [%s]\n', a, b, c);
fprintf('%s %dx%d\n', class(a), size(a, 1), size(a, 2));
fprintf('%s\n', func2str(@helper));
function y = helper(x)
  y = x;
end
