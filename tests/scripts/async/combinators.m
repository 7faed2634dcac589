% join, race, with_timeout_ms, yield_now.
c = await(join(async @() do await(sleep_ms(40)); 1 end, async @() do await(sleep_ms(10)); 2 end));
fprintf('%d %d\n', c{1}, c{2});
w = await(race(async @() do await(sleep_ms(500)); 'slow' end, async @() do await(sleep_ms(10)); 'fast' end));
disp(w);
try
  await(with_timeout_ms(20, sleep_ms(1e9)));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
v = await(with_timeout_ms(1000, async @() do await(yield_now()); 9 end));
fprintf('%d\n', v);
try
  await(join(async @() do await(sleep_ms(1e9)); end, async @() do error('j:e', 'one failed'); end));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
