"""Benchmark: one `proposal-lint check --offline` process on the 38 KB real file, per Python version.

Each interpreter given (a Python 3.10 to 3.13 with proposal-lint's dependencies installed, e.g. a
venv made with `pip install -e '.[test]'`) runs this tree's code (PYTHONPATH=src) on
`$PROPOSAL_LINT_SHARED/corpus/gsoc-2025.md`, in one interleaved run: every interpreter once per
round, in turn, so that all of them see the same machine. One warm-up run each writes the bytecode
first. Printed: the median and best wall time per version, the ratio of each median to the first
interpreter's (give 3.11 first), and the load average before and after, from /proc/loadavg.

Target (issue 27): on 3.10, 3.12 and 3.13 at most 1.25 times the time on 3.11 (the fast start
of reading/mistletoe_punctuation.py holds on every supported version).
Run: python bench/python_versions.py [--rounds N] PYTHON_3_11 PYTHON_3_10 PYTHON_3_13 ...
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PROPOSAL_LINT_SHARED") or ROOT.parent / "shared")  # as the tests find it
REAL_38K = SHARED / "corpus" / "gsoc-2025.md"
TARGET_RATIO = 1.25


def _load() -> str:
    with open("/proc/loadavg", encoding="ascii") as handle:
        return " ".join(handle.read().split()[:3])


def _version(python: str) -> str:
    done = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _run_once(python: str, env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run([python, "-m", "proposal_lint", "check", "--offline", "--format", "json", str(REAL_38K)],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{python} failed with exit code {done.returncode}: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pythons", nargs="+", help="interpreters to compare; the first is the reference (3.11)")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if not REAL_38K.is_file():
        sys.exit(f"{REAL_38K} not found: set PROPOSAL_LINT_SHARED")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    versions = [_version(python) for python in args.pythons]
    for python in args.pythons:
        _run_once(python, env)
    before = _load()
    times: dict[str, list[float]] = {python: [] for python in args.pythons}
    for _ in range(args.rounds):
        for python in args.pythons:
            times[python].append(_run_once(python, env))
    after = _load()
    reference = statistics.median(times[args.pythons[0]])
    print(f"{REAL_38K.name} ({REAL_38K.stat().st_size} bytes), {args.rounds} interleaved rounds;"
          f" load average before {before}, after {after}")
    print(f"{'python':<8} {'median s':>9} {'best s':>8} {'ratio':>6}")
    for python, version in zip(args.pythons, versions):
        median = statistics.median(times[python])
        ratio = median / reference
        verdict = "" if python == args.pythons[0] else ("  ok" if ratio <= TARGET_RATIO else f"  over {TARGET_RATIO}x")
        print(f"{version:<8} {median:>9.3f} {min(times[python]):>8.3f} {ratio:>6.2f}{verdict}")


if __name__ == "__main__":
    main()
