show();

function show()
  eval('s.a = 5; s.b = [1 2 3];');
  fprintf('%d\n', s.a);
  fprintf('%d\n', s.b(2));
  fprintf('%d\n', numel(s.b));
end
