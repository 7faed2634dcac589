#!/usr/bin/env python3
"""async_spawn side by side: runmat, node (async functions + Promise.all) and python3 asyncio
(gather) on this machine. Part `spawn`: N trivial tasks spawned and awaited (tasks/s, from the
in-process kernel time). Part `timers`: T concurrent 1-ms sleeps (kernel time and memory per
pending task = (peak RSS - peak RSS of a 1-task run) / T). Medians of REPEAT runs.
Usage: bench/async_spawn/compare.py path/to/runmat [--n 100000] [--repeat 5]
The node and python programs are ../shared/bench/async_spawn/ (beside the repository)."""
import argparse, os, re, shutil, statistics, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'bench', 'async_spawn'))


def run(cmd, env):
    p = subprocess.run(['/usr/bin/time', '-f', 'MAXRSS %M'] + cmd, env=dict(os.environ, **env), capture_output=True, text=True, timeout=600)
    k = re.search(r'kernel_s=([0-9.]+)', p.stderr)
    m = re.search(r'MAXRSS (\d+)', p.stderr)
    if p.returncode != 0 or not k or not m:
        raise RuntimeError(' '.join(cmd) + ': ' + p.stderr[-400:])
    return float(k.group(1)), int(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('runmat')
    ap.add_argument('--n', type=int, default=100000)
    ap.add_argument('--repeat', type=int, default=5)
    a = ap.parse_args()
    impls = [('runmat', [os.path.abspath(a.runmat), os.path.join(HERE, 'async_spawn.m')])]
    if shutil.which('node'):
        impls.append(('node', ['node', os.path.join(SHARED, 'async_spawn.js')]))
    impls.append(('python3', ['python3', os.path.join(SHARED, 'async_spawn.py')]))
    print(f"{'impl':8} {'spawn s':>9} {'tasks/s':>10} {'timers s':>9} {'peak RSS MB':>12} {'B/pending task':>15}")
    for name, cmd in impls:
        spawn = statistics.median(run(cmd, {'BENCH_PART': 'spawn', 'BENCH_N': str(a.n)})[0] for _ in range(a.repeat))
        timed = [run(cmd, {'BENCH_PART': 'timers', 'BENCH_T': str(a.n)}) for _ in range(a.repeat)]
        base = statistics.median(run(cmd, {'BENCH_PART': 'timers', 'BENCH_T': '1'})[1] for _ in range(a.repeat))
        t = statistics.median(x[0] for x in timed)
        rss = statistics.median(x[1] for x in timed)
        print(f"{name:8} {spawn:9.3f} {a.n / spawn:10.0f} {t:9.3f} {rss / 1024:12.1f} {(rss - base) * 1024 / a.n:15.0f}")


if __name__ == '__main__':
    main()
