#!/usr/bin/env python3
"""runmat --trace FILE.json: the trace is valid Chrome trace-event JSON with one named track
per task, a poll span per poll, await spans with their site, and spawn/complete/cancel/failed
events. Run with RUNMAT=path/to/runmat."""
import json
import os
import subprocess
import tempfile
import unittest

RUNMAT = os.path.abspath(os.environ.get("RUNMAT", "build/main/runmat"))

SCRIPT = """\
a = spawn(async @() do
  await(sleep_ms(30));
  'A'
end);
b = spawn(async @() do
  await(sleep_ms(1e9));
end);
c = spawn(async @() do
  error('t:fail', 'task c failed');
end);
disp(await(a));
try
  await(c);
catch e
  disp(e.identifier);
end
"""


def run_traced(script_text, *extra):
    with tempfile.TemporaryDirectory() as d:
        script = os.path.join(d, "traced.m")
        with open(script, "w") as f:
            f.write(script_text)
        trace = os.path.join(d, "out.json")
        p = subprocess.run([RUNMAT, "--trace", trace, *extra, script], capture_output=True, text=True, timeout=60)
        with open(trace) as f:
            data = json.load(f)
        return p, data


class TraceTest(unittest.TestCase):
    def test_tracks_spans_and_events(self):
        p, data = run_traced(SCRIPT)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "A\nt:fail\n")
        events = data["traceEvents"]
        names = {e["tid"]: e["args"]["name"] for e in events if e["ph"] == "M"}
        self.assertTrue(names[0].startswith("main: "), names)
        self.assertEqual(len([t for t in names if t != 0]), 3, names)
        for tid in (1, 2, 3):
            self.assertTrue(names[tid].startswith("task %d: @()" % tid), names)
        polls = [e for e in events if e["ph"] == "X" and e["name"] == "poll"]
        self.assertTrue(all(e["dur"] >= 0 and e["ts"] >= 0 for e in polls))
        self.assertEqual({e["tid"] for e in polls}, {0, 1, 2, 3})
        # Task 1 awaited sleep_ms for about 30 ms at line 2 of the script.
        sleeps = [e for e in events if e["ph"] == "X" and e["tid"] == 1 and e["name"] == "await sleep_ms"]
        self.assertEqual(len(sleeps), 1, sleeps)
        self.assertGreaterEqual(sleeps[0]["dur"], 25000)
        self.assertIn("traced.m:2", sleeps[0]["args"]["detail"])
        # The main track awaited task 1 (a task handle) and task 3.
        main_awaits = [e for e in events if e["ph"] == "X" and e["tid"] == 0 and e["name"] == "await"]
        self.assertGreaterEqual(len(main_awaits), 1)
        instants = {(e["tid"], e["name"]) for e in events if e["ph"] == "i"}
        self.assertIn((0, "spawn"), instants)
        self.assertIn((1, "complete"), instants)
        self.assertIn((3, "failed"), instants)
        # Task 2 was still sleeping at the end of the run: cancelled, its await span ends.
        self.assertIn((2, "cancel requested"), instants)
        self.assertIn((2, "cancelled"), instants)
        self.assertTrue(any(e["ph"] == "X" and e["tid"] == 2 and e["name"] == "await sleep_ms" for e in events))
        # Spawn arrows: one flow start on the parent and one end on each task.
        starts = {e["id"] for e in events if e["ph"] == "s"}
        ends = {e["id"] for e in events if e["ph"] == "f"}
        self.assertEqual(starts, {1, 2, 3})
        self.assertEqual(ends, {1, 2, 3})

    def test_no_trace_without_flag(self):
        with tempfile.TemporaryDirectory() as d:
            p = subprocess.run([RUNMAT, "-e", "disp(1)"], capture_output=True, text=True, cwd=d, timeout=60)
            self.assertEqual(p.returncode, 0)
            self.assertEqual(os.listdir(d), [])

    def test_trace_of_e_code_and_missing_argument(self):
        with tempfile.TemporaryDirectory() as d:
            trace = os.path.join(d, "t.json")
            p = subprocess.run([RUNMAT, "--trace", trace, "-e", "x = await(sleep_ms(1));"], capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 0, p.stderr)
            with open(trace) as f:
                data = json.load(f)
            self.assertTrue(any(e["ph"] == "X" and e["name"] == "await sleep_ms" and e["tid"] == 0 for e in data["traceEvents"]))
        p = subprocess.run([RUNMAT, "--trace"], capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--trace needs a file name", p.stderr)

    def test_unwritable_trace_file(self):
        p = subprocess.run([RUNMAT, "--trace", "/nonexistent-dir/t.json", "-e", "fprintf('2\\n')"], capture_output=True, text=True, timeout=60)
        self.assertEqual(p.stdout, "2\n")
        self.assertEqual(p.returncode, 1)
        self.assertIn("cannot write trace file", p.stderr)


if __name__ == "__main__":
    unittest.main()
