% Two spawned tasks interleave only at their await points; sleeps order them.
a = spawn(async @() do
  disp('A: start');
  await(sleep_ms(300));
  disp('A: after 300 ms');
  'A done'
end);
b = spawn(async @() do
  disp('B: start');
  await(sleep_ms(30));
  disp('B: after 30 ms');
  'B done'
end);
disp('main: spawned both');
ra = await(a);
rb = await(b);
disp(ra); disp(rb);
fprintf('%s %s\n', class(a), class(sleep_ms(1)));
