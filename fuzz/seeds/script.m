% A script with most statement forms.
x = 1; y = [1 -2 3; 4 5 6]';
s.a.b(2).c = {x, 'it''s', "str"};
[a, ~, c] = deal(1, 2, 3);
if x > 0 && y(end) ~= 3
  disp('positive')
elseif x < -1
  disp("negative")
else
  z = -2^2 + 2^-1;
end
for k = 1:2:10, total = k; end
while x < 3
  x = x + 1;
  if x == 2, continue, end
  break
end
switch x
  case {1, 2}
    y = 1;
  otherwise
    y = 2;
end
try
  error('a:b', 'oops')
catch err
  disp(err.message)
end
format long
hold on
f = @(t) t.^2 + 1;
g = @(a, b) do
  c = a + b;
  c * 2
end
h = async @() do x = 1; end
%{
block comment
%}
q = [a' b' ...
     c'];
r = local(3);
function y = local(x)
  y = x + 1;
end
