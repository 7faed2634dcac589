#!/usr/bin/env python3
"""End-to-end tests of the runmat binary: exit statuses, options, -e, script files, the REPL
over a pipe (workspace survives errors), hostile input (no crash, no hang), Ctrl-C (SIGINT to
scripts and -e code; \\x03 through a pty to the REPL) and host file I/O (read_text_async)."""
import os, select, signal, subprocess, sys, tempfile, time, unittest

RUNMAT = os.environ.get('RUNMAT', 'runmat')


def run(args, stdin=None, cwd=None, timeout=30):
    p = subprocess.run([RUNMAT] + args, input=stdin, capture_output=True, text=True, cwd=cwd, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


class Cli(unittest.TestCase):
    def test_version_and_help(self):
        rc, out, _ = run(['--version'])
        self.assertEqual(rc, 0)
        self.assertTrue(out.startswith('runmat '))
        rc, out, _ = run(['--help'])
        self.assertEqual(rc, 0)
        self.assertIn('Usage: runmat', out)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run(['--bogus'])[0], 2)
        self.assertEqual(run(['-e'])[0], 2)
        self.assertEqual(run(['/nonexistent/file.m'])[0], 2)

    def test_eval_success_and_error(self):
        rc, out, err = run(['-e', 'x = 1 + 2'])
        self.assertEqual(rc, 0)
        self.assertEqual(out, 'x =\n\n     3\n\n')
        rc, out, err = run(['-e', 'disp(1); undefined_thing_xyz + 1'])
        self.assertEqual(rc, 1)
        self.assertEqual(out, '     1\n')
        self.assertIn("Unrecognized function or variable 'undefined_thing_xyz'.", err)

    def test_script_error_has_location_and_stack(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'main.m'), 'w') as f:
                f.write("disp('start')\ny = helper(3);\n")
            with open(os.path.join(d, 'helper.m'), 'w') as f:
                f.write("function r = helper(x)\n  v = [1 2 3];\n  r = v(x + 2);\nend\n")
            rc, out, err = run(['main.m'], cwd=d)
            self.assertEqual(rc, 1)
            self.assertEqual(out, 'start\n')
            self.assertIn('Index exceeds the number of array elements. Index must not exceed 3.', err)
            self.assertIn('helper.m:3:', err)
            self.assertIn('main.m:2:', err)

    def test_syntax_errors_exit_1_with_position(self):
        cases = ["x = 'abc", 'x = [1 2', 'if true\n x = 1\n', 'end', 'x = (1 + ', 'y = 3 +* 4',
                 'function', '"unterminated', 'x = {1, 2', '@(x']
        for src in cases:
            rc, out, err = run(['-e', src])
            self.assertEqual(rc, 1, src)
            self.assertIn('Line', err + out, src)

    def test_deep_nesting_is_an_error_not_a_crash(self):
        for src in ['(' * 10000 + '1' + ')' * 10000,
                    '[' * 10000 + ']' * 10000,
                    'if 1\n' * 10000 + 'end\n' * 10000,
                    'x = ' + '-' * 100000 + '1',
                    '{' * 10000]:
            rc, out, err = run(['-e', src], timeout=60)
            self.assertIn(rc, (0, 1), src[:20])
            self.assertNotIn('Segmentation', err)

    def test_repl_workspace_survives_errors(self):
        rc, out, err = run([], stdin='a = 5;\nb = a +* 2\nc = undefined_q\nd = a * 2\nif a > 1\n  disp(a)\nend\n')
        self.assertEqual(rc, 0)
        self.assertIn('d =\n\n    10\n', out)
        self.assertIn('     5\n', out)
        self.assertIn("Unrecognized function or variable 'undefined_q'.", err)

    def test_exit_status_from_script(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 's.m')
            with open(p, 'w') as f:
                f.write("error('my:id', 'Value %d too big', 7);\n")
            rc, out, err = run([p])
            self.assertEqual(rc, 1)
            self.assertIn('Value 7 too big', err)


def interrupt_when_ready(args, cwd=None, delay=0.2, timeout=10):
    """Start runmat, wait for 'ready' on stderr (the code prints it once the run is going),
    send SIGINT, and return (exit status, stdout, stderr, seconds from SIGINT to exit)."""
    p = subprocess.Popen([RUNMAT] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    first = p.stderr.readline()
    if b'ready' not in first:
        p.kill()
        raise AssertionError('no ready line: %r' % first)
    time.sleep(delay)
    start = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        raise AssertionError('runmat did not exit after SIGINT')
    return p.returncode, out.decode(), (first + err).decode(), time.monotonic() - start


class Interrupt(unittest.TestCase):
    def check_interrupted(self, args, cwd=None):
        rc, out, err, took = interrupt_when_ready(args, cwd)
        self.assertEqual(rc, 130, err)
        self.assertIn('Operation terminated by user', err)
        self.assertLess(took, 5)
        return out, err

    def test_tight_while_loop(self):
        self.check_interrupted(['-e', "fprintf(2, 'ready\\n'); while true, end"])

    def test_for_loop_in_a_function(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'spin.m'), 'w') as f:
                f.write("fprintf(2, 'ready\\n');\ns = count(1e15);\nfunction s = count(n)\n  s = 0;\n  for k = 1:n\n    s = s + k;\n  end\nend\n")
            self.check_interrupted(['spin.m'], cwd=d)

    def test_await_of_a_long_sleep(self):
        out, err = self.check_interrupted(['-e', "disp('before'); fprintf(2, 'ready\\n'); await(sleep_ms(1e9)); disp('after')"])
        self.assertEqual(out, 'before\n')

    def test_spawned_task_in_a_tight_loop(self):
        self.check_interrupted(['-e', "t = spawn(async @() do while true, end end); fprintf(2, 'ready\\n'); await(t);"])

    def test_try_catch_does_not_catch_it(self):
        out, _ = self.check_interrupted(['-e', "try, fprintf(2, 'ready\\n'); while true, end, catch, disp('caught'), end, disp('after')"])
        self.assertEqual(out, '')

    def test_read_of_a_fifo_without_writer(self):
        with tempfile.TemporaryDirectory() as d:
            fifo = os.path.join(d, 'pipe')
            os.mkfifo(fifo)
            self.check_interrupted(['-e', "fprintf(2, 'ready\\n'); t = await(read_text_async('%s'));" % fifo])


class HostIo(unittest.TestCase):
    def test_timeout_abandons_a_blocked_read_promptly(self):
        with tempfile.TemporaryDirectory() as d:
            fifo = os.path.join(d, 'pipe')
            os.mkfifo(fifo)
            start = time.monotonic()
            rc, out, err = run(['-e', "try, await(with_timeout_ms(50, read_text_async('%s'))); catch e, disp(e.identifier); end; disp('done')" % fifo], timeout=10)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out, 'RunMat:timeout\ndone\n')
            self.assertLess(time.monotonic() - start, 5)

    def test_reads_relative_to_the_working_directory(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'in.txt'), 'w') as f:
                f.write('abc')
            rc, out, err = run(['-e', "t = await(read_text_async('in.txt')); await(write_text_async('out.txt', [t 'def'])); disp(await(read_text_async('out.txt')))"], cwd=d)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out, 'abcdef\n')
            with open(os.path.join(d, 'out.txt')) as f:
                self.assertEqual(f.read(), 'abcdef')


class ReplPty:
    """runmat's REPL on a pseudo-terminal: what a user at a terminal sees."""
    def __init__(self, home):
        import pty
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ['HOME'] = home
            os.environ['TERM'] = 'dumb'
            os.execv(RUNMAT, [RUNMAT])
        self.out = b''

    def read_until(self, needle, timeout=10):
        end = time.monotonic() + timeout
        while needle not in self.out:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError('timed out waiting for %r; got %r' % (needle, self.out[-500:]))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b''
                if not chunk:
                    raise AssertionError('REPL ended waiting for %r; got %r' % (needle, self.out[-500:]))
                self.out += chunk
        i = self.out.index(needle) + len(needle)
        seen, self.out = self.out[:i], self.out[i:]
        return seen

    def send(self, data):
        os.write(self.fd, data)

    def wait_exit(self, timeout=10):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            r, _, _ = select.select([self.fd], [], [], 0.05)
            if r:
                try:
                    self.out += os.read(self.fd, 4096)
                except OSError:
                    pass
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError('REPL did not exit; got %r' % self.out[-500:])


class ReplInterrupt(unittest.TestCase):
    def test_ctrl_c_stops_code_keeps_workspace_and_twice_exits(self):
        with tempfile.TemporaryDirectory() as home:
            r = ReplPty(home)
            try:
                r.read_until(b'>> ')
                r.send(b'x = 7;\r')
                r.read_until(b'>> ')
                r.send(b'while true, end\r')
                time.sleep(0.3)
                r.send(b'\x03')
                r.read_until(b'Operation terminated by user')
                r.read_until(b'>> ')
                r.send(b'x\r')
                self.assertIn(b'7', r.read_until(b'>> '))
                r.send(b'partial input')
                time.sleep(0.1)
                r.send(b'\x03') # discards the line, does not exit
                r.read_until(b'>> ')
                r.send(b'disp(x + 1)\r')
                self.assertIn(b'8', r.read_until(b'>> '))
                r.send(b'\x03') # at an empty prompt: a hint
                r.read_until(b'Ctrl-C again')
                time.sleep(0.1)
                r.send(b'\x03') # again: exit
                self.assertEqual(r.wait_exit(), 0)
            finally:
                try:
                    os.kill(r.pid, signal.SIGKILL)
                    os.waitpid(r.pid, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass


if __name__ == '__main__':
    unittest.main()
