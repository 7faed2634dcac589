eval('r = helper(4);');
fprintf('%d\n', r);
h = eval('@helper');
fprintf('%d\n', h(5));

function y = helper(x)
  y = x * x;
end
