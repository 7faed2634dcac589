#!/usr/bin/env python3
"""Runs runmat's benchmarks beside lua5.4 and GNU Octave on this machine and prints ratios.

Each case folder holds <case>.m and <case>.lua that print a checksum line on stdout and
"BENCH kernel_s=<s> ops=<n>" on stderr (timed in-process around the kernel only). Every
implementation runs REPEAT times; the table shows median ns/op and the ratios
runmat/lua5.4 (lower is better; <= 2 is the core target) and octave/runmat (higher is better).
Usage: bench/run.py --runmat build/release/runmat [--repeat 3] [--quick] [case ...]
"""
import argparse, os, re, shutil, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# case: (runmat N, lua N, octave N)
SIZES = {
    'scalar_loop': (20000000, 20000000, 1000000),
    'fib_calls': (30, 30, 22),
    'while_collatz': (300000, 300000, 5000),
    'indexing_growth': (1000000, 1000000, 50000),
    'array_elementwise': (10000000, 10000000, 10000000),
    'closures': (10000000, 10000000, 300000),
}
QUICK = {'scalar_loop': 100000, 'fib_calls': 20, 'while_collatz': 2000,
         'indexing_growth': 20000, 'array_elementwise': 1000000, 'closures': 100000}


def run(cmd, cwd, n):
    env = dict(os.environ, BENCH_N=str(n))
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    line = next((l for l in p.stderr.splitlines() if l.startswith('BENCH ')), None)
    if p.returncode != 0 or line is None:
        return None, p.stdout.strip() + ' ' + p.stderr.strip()[-300:]
    kv = dict(f.split('=', 1) for f in line.split()[1:] if '=' in f)
    # Sub-kernels (NAME_s with NAME_ops) each give a metric; else kernel_s / ops.
    metrics = {}
    for k, v in kv.items():
        if k.endswith('_ops') and k[:-4] + '_s' in kv:
            metrics[k[:-4]] = float(kv[k[:-4] + '_s']) * 1e9 / float(v)
    if not metrics:
        metrics[''] = float(kv['kernel_s']) * 1e9 / float(kv['ops'])
    return metrics, p.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runmat', required=True)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--quick', action='store_true')
    ap.add_argument('cases', nargs='*')
    a = ap.parse_args()
    runmat = os.path.abspath(a.runmat)
    impls = [('runmat', lambda c: [runmat, c + '.m'], 0, '.m')]
    if shutil.which('lua5.4'):
        impls.append(('lua5.4', lambda c: ['lua5.4', c + '.lua'], 1, '.lua'))
    octave = shutil.which('octave-cli') or shutil.which('octave')
    if octave:
        impls.append(('octave', lambda c: [octave, '--no-gui', '-q', '--norc', c + '.m'], 2, '.m'))
    cases = a.cases or list(SIZES)
    print(f"{'case':24} " + ' '.join(f'{name + " ns/op":>16}' for name, *_ in impls) + '   runmat/lua  octave/runmat')
    ok = True
    for case in cases:
        d = os.path.join(HERE, case)
        med = {}  # metric -> impl -> median ns/op
        for name, cmd, col, ext in impls:
            if not os.path.exists(os.path.join(d, case + ext)):
                continue
            n = QUICK[case] if a.quick else SIZES[case][col]
            vals = []
            for _ in range(1 if name == 'octave' else a.repeat):
                v, out = run(cmd(case), d, n)
                if v is None:
                    print(f'  {name} {case} failed: {out}', file=sys.stderr)
                    ok = ok and name != 'runmat'
                    break
                vals.append(v)
            for metric in (vals[0] if vals else {}):
                med.setdefault(metric, {})[name] = statistics.median(v[metric] for v in vals)
        for metric, m in med.items():
            label = case + (':' + metric if metric else '')
            cells = ' '.join(f'{m[name]:16.1f}' if name in m else f'{"-":>16}' for name, *_ in impls)
            r1 = f"{m['runmat'] / m['lua5.4']:10.2f}x" if 'runmat' in m and 'lua5.4' in m else f'{"-":>11}'
            r2 = f"{m['octave'] / m['runmat']:12.0f}x" if 'runmat' in m and 'octave' in m else f'{"-":>13}'
            print(f'{label:24} {cells}  {r1}  {r2}', flush=True)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
