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
    m = re.search(r'BENCH kernel_s=([0-9.eE+-]+) ops=([0-9.eE+]+)', p.stderr)
    if p.returncode != 0 or not m:
        return None, p.stdout.strip() + ' ' + p.stderr.strip()[-300:]
    return float(m.group(1)) * 1e9 / float(m.group(2)), p.stdout.strip()


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
    print(f"{'case':18} " + ' '.join(f'{name + " ns/op":>16}' for name, *_ in impls) + '   runmat/lua  octave/runmat')
    ok = True
    for case in cases:
        d = os.path.join(HERE, case)
        med = {}
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
            if vals:
                med[name] = statistics.median(vals)
        cells = ' '.join(f'{med[name]:16.1f}' if name in med else f'{"-":>16}' for name, *_ in impls)
        r1 = f"{med['runmat'] / med['lua5.4']:10.2f}x" if 'runmat' in med and 'lua5.4' in med else f'{"-":>11}'
        r2 = f"{med['octave'] / med['runmat']:12.0f}x" if 'runmat' in med and 'octave' in med else f'{"-":>13}'
        print(f'{case:18} {cells}  {r1}  {r2}', flush=True)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
