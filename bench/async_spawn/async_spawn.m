% async_spawn: runmat. BENCH_PART=spawn: N async functions that complete at once, spawned as
% tasks and all awaited; BENCH_PART=timers: T concurrent sleep_ms(1) tasks. BENCH_N (default
% 1e5) is the spawn count; BENCH_T (default 1e4) the timer count. Default part: spawn.
part = getenv('BENCH_PART');
if isempty(part), part = 'spawn'; end
N = str2double(getenv('BENCH_N')); if isnan(N), N = 1e5; end
T = str2double(getenv('BENCH_T')); if isnan(T), T = 1e4; end
if strcmp(part, 'spawn')
  t0 = tic;
  ts = cell(1, N);
  for i = 1:N
    ts{i} = spawn(task(i - 1));
  end
  s = 0;
  for i = 1:N
    s = s + await(ts{i});
  end
  t = toc(t0);
  fprintf('async_spawn part=spawn N=%d sum=%d\n', N, s);
  fprintf(2, 'BENCH kernel_s=%.6f ops=%d\n', t, N);
else
  t0 = tic;
  ts = cell(1, T);
  for i = 1:T
    ts{i} = spawn(one_ms());
  end
  s = 0;
  for i = 1:T
    s = s + await(ts{i});
  end
  t = toc(t0);
  fprintf('async_spawn part=timers T=%d done=%d\n', T, s);
  fprintf(2, 'BENCH kernel_s=%.6f ops=%d\n', t, T);
end

async function r = task(i)
  r = i;
end

async function r = one_ms()
  await(sleep_ms(1));
  r = 1;
end
