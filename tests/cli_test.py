#!/usr/bin/env python3
"""End-to-end tests of the runmat binary: exit statuses, options, -e, script files, the REPL
over a pipe (workspace survives errors), and hostile input (no crash, no hang)."""
import os, subprocess, sys, tempfile, unittest

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


if __name__ == '__main__':
    unittest.main()
