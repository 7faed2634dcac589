% await: lazy futures run in the awaiting task at any depth; single use; plain values pass.
f = async @() do
  disp('body runs');
  41 + 1
end;
disp('created, not run');
x = await(f)
try
  await(f);
catch e
  fprintf('%s\n', e.identifier);
end
t = spawn(sleep_ms(1));
await(t);
try
  await(t);
catch e
  fprintf('%s\n', e.identifier);
end
y = await(7)
z = outer(3)
[p, q] = await(pair(5));
fprintf('%d %d\n', p, q);
function y = outer(k)
  y = await(inner(k)) + 1;
end
async function y = inner(k)
  await(sleep_ms(2));
  y = k * 10;
end
async function [a, b] = pair(n)
  await(yield_now());
  a = n; b = n * 2;
end
