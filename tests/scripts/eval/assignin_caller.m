outer();

function outer()
  inner();
  fprintf('%d\n', r);
  r2 = r * 2;
  fprintf('%d\n', r2);
end

function inner()
  assignin('caller', 'r', 9);
end
