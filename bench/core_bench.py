"""Benchmark: what a whole `proposal-lint check --offline` process costs, against its neighbours.

In one interleaved run (every command once per round, in turn, so that all of them see the same
machine) it times `proposal-lint check --offline`, markdownlint-cli2 (installed from npm into
bench/.node on first use), a process that only imports mistletoe and parses, and `python -c pass`,
on: the seed files, a 38 KB real file, the 106 KB 2025 Term 3 README, all real files at once, and
a generated 5 MB file (and 500 KB, for growth). Figures are medians of the rounds (the best run is printed beside them).
The floor is what the dependencies cost before any code of ours runs: the interpreter, click, and
mistletoe tokenizing the 38 KB file.

Targets (issue 15): on the 38 KB file at most 0.15 s, at least 3x faster than markdownlint-cli2
and at most 10x `python -c pass`; a fixed cost (intercept of time against size over the real
inputs) of at most 0.15 s; linear growth (10x the input costs at most 11x the time, interpreter
start excluded); `--version` and `--help` at most 0.05 s. With `--baseline REV` the 5 MB file is
also timed with REV's code (no slower than it), and every report on `../shared` is compared
byte for byte with REV's (bench/same_reports.py).
Run: python bench/core_bench.py [--rounds N] [--big-rounds N] [--baseline REV] [--keep DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import same_reports

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PROPOSAL_LINT_SHARED") or ROOT.parent / "shared")  # as the tests find it
NODE_DIR = Path(__file__).resolve().parent / ".node"  # gitignored
MARKDOWNLINT = "markdownlint-cli2@0.22.1"
PARSE_ONLY = "import sys, mistletoe; mistletoe.Document(open(sys.argv[1], encoding='utf-8'))"
PARSE_ALL = "import sys, mistletoe; [mistletoe.Document(open(p, encoding='utf-8')) for p in sys.argv[1:]]"
# What any run of the CLI pays before a line of ours runs: the interpreter, click, and mistletoe
# (imported as proposal_lint imports it, without the code-point scan) tokenizing the file's blocks.
FLOOR = ("import sys, click, proposal_lint; from mistletoe import block_token; "
         "block_token.Document(open(sys.argv[1], encoding='utf-8'))")
REAL_38K = "corpus/gsoc-2025.md"
README_106K = "cncf-mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/README.md"

PROPOSAL = """### Project {n}

#### Improve the thing number {n}

- Description: Make the thing number {n} better, with tests, docs and a blog post about it.
- Expected Outcome:
  - A design document
  - An implementation with tests
- Recommended Skills: Go, Kubernetes, Markdown
- Mentor(s):
  - Jane Doe {n} (@jane-{n}, jane{n}@cncf.io)
  - John Roe {n} (@john-{n}, john{n}@cncf.io)
- Upstream Issue: https://github.com/demo/project-{n}/issues/{n}
- LFX URL:

"""


def generate(path: Path, size: int) -> Path:
    """A proposal file of about `size` bytes, every proposal distinct."""
    parts, total, n = ["## Proposed Project ideas\n\n"], 0, 0
    while total < size:
        chunk = PROPOSAL.format(n=n)
        parts.append(chunk)
        total += len(chunk)
        n += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


def markdownlint() -> list[str]:
    """The markdownlint-cli2 command, installed from npm into bench/.node the first time."""
    command = NODE_DIR / "node_modules" / ".bin" / "markdownlint-cli2"
    if not command.exists():
        subprocess.run(["npm", "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", "--silent",
                        MARKDOWNLINT], check=True)
    return [str(command)]


def proposal_lint() -> list[str]:
    """The console script users run (`python -m proposal_lint` when it is not installed)."""
    script = Path(sys.executable).with_name("proposal-lint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "proposal_lint"]


def _wall(argv: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=SHARED, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def interleaved(commands: dict[str, tuple[list[str], dict | None]], rounds: int) -> dict[str, list[float]]:
    """Wall times of every command, `rounds` times, each round running every command in turn."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (argv, env) in commands.items():
            times[name].append(_wall(argv, env))
    return times


def intercept(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares line through (bytes, seconds): (seconds at zero bytes, seconds per MB)."""
    slope, at_zero = statistics.linear_regression([b for b, _ in points], [s for _, s in points])
    return at_zero, slope * 1e6


def compile_package() -> None:
    """Write the package's bytecode, as an installed package has it (even under PYTHONDONTWRITEBYTECODE)."""
    import proposal_lint

    compileall.compile_dir(Path(proposal_lint.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=11, help="rounds on the inputs up to 500 KB")
    parser.add_argument("--big-rounds", type=int, default=3, help="rounds on the 5 MB file")
    parser.add_argument("--baseline", metavar="REV", help="git revision to compare 5 MB time and reports with")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this directory")
    args = parser.parse_args()
    compile_package()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="proposal-lint-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lint, mdl = proposal_lint(), markdownlint()
    real = same_reports.real_files()
    inputs = {
        "seed files": sorted(name for name in real if name.startswith("seeds/")),
        "real 38 KB": [REAL_38K],
        "README 106 KB": [README_106K],
        "all real files": real,
        "generated 500 KB": [str(generate(workdir / "half.md", 500_000))],
        "generated 5 MB": [str(generate(workdir / "five.md", 5_000_000))],
    }
    small = {name: files for name, files in inputs.items() if name != "generated 5 MB"}
    commands = {"pass": ([sys.executable, "-c", "pass"], None),
                "floor": ([sys.executable, "-c", FLOOR, REAL_38K], None),
                "--version": ([*lint, "--version"], None), "--help": ([*lint, "--help"], None)}
    for name, files in small.items():
        commands[f"lint {name}"] = ([*lint, "check", "--offline", *files], None)
        commands[f"markdownlint {name}"] = ([*mdl, *(f":{file}" for file in files)], None)
        commands[f"parse-only {name}"] = ([sys.executable, "-c", PARSE_ALL, *files], None)
    times = interleaved(commands, args.rounds)
    five = inputs["generated 5 MB"]
    big = {"lint generated 5 MB": ([*lint, "check", "--offline", *five], None),
           "markdownlint generated 5 MB": ([*mdl, *(f":{file}" for file in five)], None),
           "parse-only generated 5 MB": ([sys.executable, "-c", PARSE_ALL, *five], None)}
    baseline_dir = None
    if args.baseline:
        baseline_dir = Path(tempfile.mkdtemp(prefix="proposal-lint-baseline-"))
        env = {**os.environ, "PYTHONPATH": str(same_reports.export_revision(args.baseline, baseline_dir))}
        big[f"lint@{args.baseline} generated 5 MB"] = ([sys.executable, "-m", "proposal_lint", "check", "--offline",
                                                        *five], env)
        big["lint (python -m) generated 5 MB"] = ([sys.executable, "-m", "proposal_lint", "check", "--offline", *five],
                                                 None)
    times.update(interleaved(big, args.big_rounds))
    median = {name: statistics.median(values) for name, values in times.items()}

    print(f"medians of interleaved rounds ({args.rounds}, {args.big_rounds} at 5 MB); best in ()")
    print(f"{'input':18} {'bytes':>9} {'proposal-lint':>15} {'markdownlint-cli2':>19} {'parse-only':>15}")
    for name, files in inputs.items():
        size = sum((SHARED / file).stat().st_size for file in files)
        cells = [f"{median[f'{tool} {name}']:7.3f} ({min(times[f'{tool} {name}']):.3f})"
                 for tool in ("lint", "markdownlint", "parse-only")]
        print(f"{name:18} {size:>9} {cells[0]:>15} {cells[1]:>19} {cells[2]:>15}")
    for name in ("pass", "floor", "--version", "--help"):
        print(f"{name:18} {'':>9} {median[name]:7.3f} ({min(times[name]):.3f})")

    real_points = [(sum((SHARED / f).stat().st_size for f in inputs[name]), median[f"lint {name}"])
                   for name in ("seed files", "real 38 KB", "README 106 KB", "all real files")]
    at_zero, per_mb = intercept(real_points)
    print(f"real inputs: fixed cost (intercept) {at_zero:.3f} s, {per_mb:.3f} s per MB")
    start = median["pass"]
    growth = (median["lint generated 5 MB"] - start) / (median["lint generated 500 KB"] - start)
    real = median["lint real 38 KB"]
    print(f"floor (python, click, mistletoe tokenizing the 38 KB file): {median['floor']:.3f} s, "
          f"{median['floor'] / start:.1f}x python -c pass; proposal-lint adds {real - median['floor']:.3f} s")
    verdicts = {
        f"38 KB: {real:.3f} s <= 0.15 s": real <= 0.15,
        f"38 KB: {median['markdownlint real 38 KB'] / real:.1f}x faster than markdownlint-cli2 (>= 3x)":
            median["markdownlint real 38 KB"] >= 3 * real,
        f"38 KB: {real / start:.1f}x python -c pass (<= 10x)": real <= 10 * start,
        f"all real files: fixed cost {at_zero:.3f} s <= 0.15 s": at_zero <= 0.15,
        f"10x input (500 KB -> 5 MB) costs {growth:.1f}x the time (<= 11x)": growth <= 11,
        f"--version {median['--version']:.3f} s <= 0.05 s": median["--version"] <= 0.05,
        f"--help {median['--help']:.3f} s <= 0.05 s": median["--help"] <= 0.05,
    }
    if args.baseline:
        now, then = median["lint (python -m) generated 5 MB"], median[f"lint@{args.baseline} generated 5 MB"]
        verdicts[f"5 MB: {now:.2f} s against {then:.2f} s at {args.baseline} (no slower, 5 % noise allowed)"] = \
            now <= 1.05 * then
        shutil.rmtree(baseline_dir)
        changed = same_reports.differences(args.baseline)
        verdicts[f"every report on ../shared byte-identical to {args.baseline}'s ({len(changed)} differ)"] = not changed
    for text, ok in verdicts.items():
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(verdicts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
