"""Benchmark: the whole `proposal-lint check` process against a parse-only mistletoe process.

Targets (issue 2): at most 1.25x the parse-only process on a real ~35 KB file and on a
generated 5 MB file, and linear growth (10x the input costs at most 11x the time). Each figure is
the best of several runs, the two processes taking turns.
It also prints how much of the real file's figure is email-validator's import, and (issue 13) checks
an issue-form body offline as fast as a proposal file of the same size: the largest approved 2026
Term 3 program rendered as a body, and a 500 KB body, each against a generated file of its size.
Run: python bench/core_bench.py [--repeat N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PROPOSAL_LINT_SHARED") or ROOT.parent / "shared")  # as the tests find it
REAL_FILE = SHARED / "corpus" / "gsoc-2025.md"
PARSE_ONLY = "import sys, mistletoe; mistletoe.Document(open(sys.argv[1], encoding='utf-8'))"
# email-validator's import compiles large Unicode regexes; it is timed apart so that a missed
# target can be split into its share and ours.
TIME_IMPORT = "import time; start = time.perf_counter(); import {0}; print(time.perf_counter() - start)"

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


def issue_bodies(workdir: Path) -> dict[str, Path]:
    """The largest real program rendered as an issue body, and a 500 KB body (a long description)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from issue_forms import export_bodies, render, valid_values

    largest = max((text for _, text in export_bodies()), key=len)
    paragraph = "The tracing pipeline drops spans under load; measure, fix and document it. " * 8 + "\n\n"
    long_body = render(valid_values(), Program_Description=paragraph * (500_000 // len(paragraph)))
    bodies = {"issue body, largest real": workdir / "issue-real.md", "issue body, 500 KB": workdir / "issue-500k.md"}
    for (label, path), text in zip(bodies.items(), (largest, long_body)):
        path.write_text(text, encoding="utf-8")
    return bodies


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def measure(path: Path, repeat: int) -> tuple[float, float]:
    """Best wall time of `repeat` runs of the parse-only and of the lint process, taken in turns
    so that both see the same machine (the minimum is the run least disturbed by other load)."""
    parse_argv = [sys.executable, "-c", PARSE_ONLY, str(path)]
    lint_argv = [sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--format", "json", str(path)]
    parse, lint = [], []
    for _ in range(repeat):
        parse.append(_wall(parse_argv))
        lint.append(_wall(lint_argv))
    return min(parse), min(lint)


def import_time(module: str, repeat: int) -> float:
    """Seconds `module` takes to import in a fresh interpreter (best of `repeat`)."""
    argv = [sys.executable, "-c", TIME_IMPORT.format(module)]
    return min(float(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)
               for _ in range(repeat))


def compile_package() -> None:
    """Write the package's bytecode, as an installed package has it (even under PYTHONDONTWRITEBYTECODE)."""
    import proposal_lint

    compileall.compile_dir(Path(proposal_lint.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs per input (the real file gets 3x as many)")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this directory")
    args = parser.parse_args()
    compile_package()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="proposal-lint-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    files = {
        f"real {REAL_FILE.name}": REAL_FILE,
        "generated 500 KB": generate(workdir / "half.md", 500_000),
        "generated 5 MB": generate(workdir / "five.md", 5_000_000),
    }
    bodies = issue_bodies(workdir)
    same_size = {label: generate(workdir / f"same-{n}.md", path.stat().st_size) for n, (label, path) in enumerate(bodies.items())}
    files.update({key: value for label, path in bodies.items()
                  for key, value in ((label, path), (f"{label} (file)", same_size[label]))})
    results = {}
    print(f"{'input':28} {'bytes':>10} {'parse-only s':>13} {'lint s':>8} {'ratio':>6}")
    for label, path in files.items():
        parse, lint = measure(path, args.repeat * 3 if path == REAL_FILE else args.repeat)
        results[label] = (parse, lint)
        print(f"{label:28} {path.stat().st_size:>10} {parse:>13.3f} {lint:>8.3f} {lint / parse:>6.2f}")
    verdicts = {
        "real file <= 1.25x parse-only": results[f"real {REAL_FILE.name}"][1] <= 1.25 * results[f"real {REAL_FILE.name}"][0],
        "5 MB <= 1.25x parse-only": results["generated 5 MB"][1] <= 1.25 * results["generated 5 MB"][0],
    }
    for label in bodies:
        verdicts[f"{label} <= 1.25x a proposal file of its size"] = \
            results[label][1] <= 1.25 * results[f"{label} (file)"][1]
    base = min(_wall([sys.executable, "-c", "pass"]) for _ in range(args.repeat))
    small, large = (results[k][1] - base for k in ("generated 500 KB", "generated 5 MB"))
    verdicts["10x input <= 11x time (interpreter start excluded)"] = large <= 11 * small
    for name, ok in verdicts.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    parse, lint = results[f"real {REAL_FILE.name}"]
    email_validator = import_time("email_validator", args.repeat)
    print(f"email-validator's import takes {email_validator * 1000:.0f} ms of the lint process;"
          f" without it the real file would be {(lint - email_validator) / parse:.2f}x")
    return 0 if all(verdicts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
