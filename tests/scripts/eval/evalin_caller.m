outer();

function outer()
  k = 4;
  v = inner();
  fprintf('%d %d\n', v, k);
end

function v = inner()
  v = evalin('caller', 'k * 2');
  evalin('caller', 'k = 40;');
end
