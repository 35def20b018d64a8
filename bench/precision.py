"""Precision on the real repository: lint every proposal file of cncf/mentoring, draw a
stratified sample of the errors and warnings, and tabulate the hand verdicts on it.

    python3 bench/precision.py lint   --repo GIT_DIR --out findings.json
    python3 bench/precision.py sample --findings findings.json --judged bench/precision-judgments.csv
    python3 bench/precision.py table  --findings findings.json --judged bench/precision-judgments.csv

GIT_DIR is a clone of github.com/cncf/mentoring (a bare one will do); `lint` writes every term
and GSoC file at the pinned commit, and the mid-term versions of project_ideas.md below, into a
temporary tree laid out as the repository is, and lints them there in one offline run, so that
path-based choices (program, era, term) are made as on a maintainer's checkout.

The verdict file names findings by path, line and code only (no text of the repository):
`verdict` is `real`, `debatable` or `false`; `why` says what the reviewer saw. `sample` adds
rows for codes that have fewer than the wanted count judged (leaving `verdict` empty for a
person to fill in) and keeps every row already judged.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

PINNED = "cd5d784e71e5f5ee1c7a4f9b603aedb9c5d1f8f3"  # the commit ../shared/cncf-mentoring copies
# project_ideas.md in the middle of a term, at its largest (proposals still in it).
MID_TERM = {
    "2ff7c757fda7a55922aa0854c2cf573433a01109": "programs/lfx-mentorship/2023/03-Sep-Nov/project_ideas.md",
    "20b4c612302e40f86227bbf77f3275235fbe0752": "programs/lfx-mentorship/2024/02-Jun-Aug/project_ideas.md",
    "e8e2116c6e2814dd994574e1f2013f683edf0fcd": "programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md",
    "9a021cff1021ad1472df8b91c7f0b3545634862a": "programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md",
    "801aa26cbf3c7a13fe9aec31997d6e763accb10b": "programs/lfx-mentorship/2026/02-Jun-Aug/project_ideas.md",
}
PER_CODE = 6  # sample size wanted per code that fires at least twice, half from each era where it can
PER_LARGE_CODE = 10  # ... and per code that fires more than LARGE times
LARGE = 100
MIN_SAMPLE = 80
FIELDS = ("path", "line", "code", "severity", "verdict", "why")


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def _proposal_files(repo: str) -> list[str]:
    names = _git(repo, "ls-tree", "-r", "--name-only", PINNED, "programs/lfx-mentorship", "programs/summerofcode")
    return [
        name for name in names.decode().split("\n")
        if name.endswith(".md") and "/automation/" not in name and name.count("/") >= 2
        and name not in ("programs/lfx-mentorship/README.md", "programs/summerofcode/README.md")
    ]


def lint(repo: str, out: str) -> None:
    """Write the files into a checkout-like tree and lint them all in one offline run."""
    with tempfile.TemporaryDirectory() as tree:
        written = []
        for name in _proposal_files(repo):
            written.append(_write(Path(tree, "head", name), _git(repo, "show", f"{PINNED}:{name}")))
        for commit, name in MID_TERM.items():
            written.append(_write(Path(tree, f"mid-{commit[:8]}", name), _git(repo, "show", f"{commit}:{name}")))
        done = subprocess.run(
            [sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "json", "--fail-on", "never",
             *map(str, written)],
            capture_output=True, text=True, cwd=tree,
        )
        report = json.loads(done.stdout)
    for diagnostic in report["diagnostics"]:
        diagnostic["path"] = diagnostic["path"].split(tree + "/", 1)[-1]
    Path(out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"{len(written)} files, {len(report['diagnostics'])} findings -> {out}")


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _judged_findings(findings: str) -> list[dict]:
    report = json.loads(Path(findings).read_text(encoding="utf-8"))
    return [d for d in report["diagnostics"] if d["severity"] in ("error", "warning")]


def _key(row: dict) -> tuple[str, int, str]:
    return row["path"], int(row["line"]), row["code"]


def _read_judged(judged: str) -> list[dict]:
    if not Path(judged).exists():
        return []
    with open(judged, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def sample(findings: str, judged: str, codes: set[str] | None = None, scale: float = 1.0, seed: int = 11) -> None:
    """Add unjudged rows until every code firing twice or more has PER_CODE rows (or all it has),
    drawn half from files of 2023 on and half from older ones where the code fires in both."""
    rows = _read_judged(judged)
    have = {_key(row) for row in rows}
    by_code: dict[str, list[dict]] = defaultdict(list)
    for diagnostic in _judged_findings(findings):
        by_code[diagnostic["code"]].append(diagnostic)
    rng = random.Random(seed)
    for code, found in sorted(by_code.items()):
        if len(found) < 2 or (codes and code not in codes):
            continue
        live = {_key(d) for d in found}
        judged_here = [row for row in rows if row["code"] == code and _key(row) in live]
        for recent in (True, False):
            pool = [d for d in found if _key(d) not in have and _recent(d["path"]) == recent]
            rng.shuffle(pool)
            present = sum(1 for row in judged_here if _recent(row["path"]) == recent)
            other = sum(1 for d in found if _recent(d["path"]) != recent)
            per_code = round(scale * (PER_LARGE_CODE if len(found) > LARGE else PER_CODE))
            wanted = per_code // 2 if other else per_code
            for diagnostic in pool[: max(0, wanted - present)]:
                rows.append({"path": diagnostic["path"], "line": diagnostic["line"], "code": code,
                             "severity": diagnostic["severity"], "verdict": "", "why": ""})
                have.add(_key(diagnostic))
    rows.sort(key=lambda row: (row["code"], row["path"], int(row["line"])))
    with open(judged, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows in {judged} ({sum(1 for r in rows if not r['verdict'])} to judge)")


def _recent(path: str) -> bool:
    """Files from 2023 on: an LFX term of 2023 or later, a GSoC year from 2023."""
    return any(f"/{year}/" in path or path.endswith(f"/{year}.md") for year in range(2023, 2031))


def table(findings: str, judged: str) -> str:
    """Precision per code (real counts 1, debatable 0.5); overall and per era both as judged and
    weighted by how often each code fires (each code's precision standing for all its findings)."""
    found = _judged_findings(findings)
    live = {_key(d) for d in found}
    rows = [row for row in _read_judged(judged) if row["verdict"] and _key(row) in live]
    stale = Counter(row["verdict"] for row in _read_judged(judged) if row["verdict"] and _key(row) not in live)
    lines = ["| code | findings | judged | real | debatable | false | precision | weighted by code |",
             "|---|---|---|---|---|---|---|---|"]
    for code in sorted({row["code"] for row in rows}):
        lines.append(_row(code, sum(1 for d in found if d["code"] == code), [r for r in rows if r["code"] == code])
                     + " |")
    for label, keep in (("all", lambda path: True), ("2023 on", _recent), ("before 2023", lambda path: not _recent(path))):
        these = [d for d in found if keep(d["path"])]
        judged_here = [r for r in rows if keep(r["path"])]
        lines.append(_row(label, len(these), judged_here) + f" {_weighted(these, judged_here)} |")
    text = "\n".join(lines)
    if stale:
        text += (f"\n\n{sum(stale.values())} judged rows no longer match a finding (the code changed since they "
                 f"were judged): {stale['false']} false, {stale['debatable']} debatable, {stale['real']} real.")
    return text


def _precision(rows: list[dict]) -> float:
    verdicts = Counter(row["verdict"] for row in rows)
    return (verdicts["real"] + 0.5 * verdicts["debatable"]) / len(rows) if rows else 0.0


def _weighted(found: list[dict], rows: list[dict]) -> str:
    """Each judged code's precision weighted by its number of findings (unjudged codes left out)."""
    counts = Counter(d["code"] for d in found)
    by_code = defaultdict(list)
    for row in rows:
        by_code[row["code"]].append(row)
    total = sum(counts[code] for code in by_code)
    if not total:
        return "n/a"
    return f"{sum(counts[code] * _precision(judged) for code, judged in by_code.items()) / total:.0%}"


def _row(label: str, total: int, rows: list[dict]) -> str:
    verdicts = Counter(row["verdict"] for row in rows)
    return (f"| {label} | {total} | {len(rows)} | {verdicts['real']} | {verdicts['debatable']} | {verdicts['false']} "
            f"| {_precision(rows):.0%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("lint")
    run.add_argument("--repo", required=True)
    run.add_argument("--out", required=True)
    for name in ("sample", "table"):
        step = sub.add_parser(name)
        step.add_argument("--findings", required=True)
        step.add_argument("--judged", default=str(Path(__file__).with_name("precision-judgments.csv")))
    sub.choices["sample"].add_argument("--codes", help="only these codes (comma-separated)")
    sub.choices["sample"].add_argument("--scale", type=float, default=1.0, help="times the usual rows per code")
    args = parser.parse_args()
    if args.command == "lint":
        lint(args.repo, args.out)
    elif args.command == "sample":
        sample(args.findings, args.judged, set(args.codes.split(",")) if args.codes else None, args.scale)
    else:
        print(table(args.findings, args.judged))


if __name__ == "__main__":
    main()
