#!/usr/bin/env python3
"""Script-conformance driver.

Every tests/scripts/**/NAME.m that has NAME.out and/or NAME.err beside it is a test (other .m
files are helpers, e.g. function files a test calls). The script runs as `runmat NAME.m` in
its own directory.
  NAME.out: stdout must equal it exactly.
  NAME.err: the run must exit with status 1 and every non-empty line of NAME.err must appear,
            in order, as a line of stderr (a subsequence match: stack lines may vary).
  no NAME.err: the run must exit with status 0.
Usage: run_scripts.py --runmat BIN [--update] [-j N] PATH...   (PATH: directory or .m file)
"""
import argparse, concurrent.futures, os, subprocess, sys


def find_tests(paths):
    out = []
    for p in paths:
        if os.path.isfile(p):
            out.append(os.path.abspath(p))
            continue
        for root, _, files in os.walk(p):
            for f in files:
                if f.endswith('.m'):
                    base = os.path.join(root, f[:-2])
                    if os.path.exists(base + '.out') or os.path.exists(base + '.err'):
                        out.append(os.path.abspath(os.path.join(root, f)))
    return sorted(out)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as fh:
        return fh.read()


def run_one(runmat, script, update):
    base = script[:-2]
    d, name = os.path.split(script)
    try:
        p = subprocess.run([runmat, name], cwd=d, capture_output=True, timeout=60,
                           env=dict(os.environ, RUNMAT_TEST='1'))
    except subprocess.TimeoutExpired:
        return script, False, 'timeout (60 s)'
    stdout = p.stdout.decode('utf-8', 'replace')
    stderr = p.stderr.decode('utf-8', 'replace')
    problems = []
    if update and not os.path.exists(base + '.err'):
        with open(base + '.out', 'w', encoding='utf-8') as fh:
            fh.write(stdout)
    if os.path.exists(base + '.out'):
        want = read(base + '.out')
        if stdout != want:
            problems.append(diff_text(want, stdout))
    if os.path.exists(base + '.err'):
        if p.returncode != 1:
            problems.append(f'exit status {p.returncode}, expected 1')
        want_lines = [l.strip() for l in read(base + '.err').splitlines() if l.strip()]
        got_lines = [l.strip() for l in stderr.splitlines()]
        i = 0
        for l in got_lines:
            if i < len(want_lines) and l == want_lines[i]:
                i += 1
        if i < len(want_lines):
            problems.append(f'stderr lacks line: {want_lines[i]!r}\n--- stderr ---\n{stderr}')
    elif p.returncode != 0:
        problems.append(f'exit status {p.returncode}\n--- stderr ---\n{stderr}')
    return script, not problems, '\n'.join(problems)


def diff_text(want, got):
    import difflib
    d = difflib.unified_diff(want.splitlines(True), got.splitlines(True), 'expected', 'actual', n=2)
    text = ''.join(d)
    return 'stdout differs:\n' + (text if len(text) < 4000 else text[:4000] + '\n...')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runmat', required=True)
    ap.add_argument('--update', action='store_true')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('-q', action='store_true', help='only print failures')
    ap.add_argument('paths', nargs='+')
    a = ap.parse_args()
    a.runmat = os.path.abspath(a.runmat)
    tests = find_tests(a.paths)
    failed = []
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for script, ok, msg in ex.map(lambda s: run_one(a.runmat, s, a.update), tests):
            rel = os.path.relpath(script)
            if ok:
                if not a.q:
                    print(f'PASS {rel}')
            else:
                failed.append(rel)
                print(f'FAIL {rel}\n{msg}\n')
    print(f'{len(tests) - len(failed)}/{len(tests)} scripts passed')
    return 1 if failed or not tests else 0


if __name__ == '__main__':
    sys.exit(main())
