"""Issue-form bodies check offline as fast as proposal files of the same size (issue 13).

Times `proposal-lint check --offline` on the largest approved 2026 Term 3 program rendered as an
issue body and on a 500 KB body, each against a generated proposal file of its size, the two
processes taking turns; target: a body at most 1.25x its file.
Run: python bench/issue_body_bench.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from core_bench import ROOT, _wall, compile_package, generate, proposal_lint


def issue_bodies(workdir: Path) -> dict[str, Path]:
    """The largest real program rendered as an issue body, and a 500 KB body (a long description)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from issue_forms import export_bodies, render, valid_values

    largest = max((text for _, text in export_bodies()), key=len)
    paragraph = "The tracing pipeline drops spans under load; measure, fix and document it. " * 8 + "\n\n"
    long_body = render(valid_values(), Program_Description=paragraph * (500_000 // len(paragraph)))
    bodies = {"issue body, largest real": workdir / "issue-real.md", "issue body, 500 KB": workdir / "issue-500k.md"}
    for path, text in zip(bodies.values(), (largest, long_body)):
        path.write_text(text, encoding="utf-8")
    return bodies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    compile_package()
    workdir = Path(tempfile.mkdtemp(prefix="proposal-lint-bodies-"))
    command = [*proposal_lint(), "check", "--offline", "--isolated", "--format", "json"]
    ok = True
    print(f"{'input':28} {'bytes':>9} {'body s':>8} {'file s':>8} {'ratio':>6}")
    for n, (label, body) in enumerate(issue_bodies(workdir).items()):
        same = generate(workdir / f"same-{n}.md", body.stat().st_size)
        body_times, file_times = [], []
        for _ in range(args.rounds):
            body_times.append(_wall([*command, str(body)]))
            file_times.append(_wall([*command, str(same)]))
        body_s, file_s = statistics.median(body_times), statistics.median(file_times)
        ok &= body_s <= 1.25 * file_s
        print(f"{label:28} {body.stat().st_size:>9} {body_s:>8.3f} {file_s:>8.3f} {body_s / file_s:>6.2f}")
    print(f"{'PASS' if ok else 'FAIL'}  every body <= 1.25x a proposal file of its size (medians of {args.rounds})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
