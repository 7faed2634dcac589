r = make_z(3);
fprintf('%d\n', r);

function out = make_z(n)
  eval('z = n * 7;');
  out = z + 1;
end
