% Block lambdas: value of the last expression statement; captures by value.
k = 10;
g = @(a, b) do
  c = a + b;
  c * k
end;
k = 0;
fprintf('%d\n', g(1, 2));
h = @() do
  k = k + 5;
end;
v = h();
fprintf('%d %d\n', isempty(v), k);
sgn = @(x) do
  if x > 0
    'positive'
  else
    'not positive'
  end
end;
disp(sgn(3)); disp(sgn(-3));
