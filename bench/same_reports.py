"""Check that this tree's reports on every real file equal those of a git revision, byte for byte.

Every seed, corpus and cncf-mentoring Markdown file of `../shared` is checked alone and all of
them together, in every report format, with `--offline`; stdout, stderr and the exit code are
compared. The revision's code is exported with `git archive` into a temporary directory and run
with the same interpreter and dependencies. A speed change must leave every report as it was.
Run: python bench/same_reports.py REV   (e.g. the commit before the change)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FORMATS = ("json", "text", "sarif", "github", "markdown")


def real_files() -> list[str]:
    """The real files, relative to `../shared` (reports name files as given)."""
    found = [*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*"), *SHARED.glob("cncf-mentoring/**/*.md")]
    return sorted(str(path.relative_to(SHARED)) for path in found if path.is_file())


def export_revision(revision: str, into: Path) -> Path:
    """The `src` directory of `revision`, written under `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src"],
                             capture_output=True, check=True).stdout
    tar_path = into / "src.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _run(src: Path, fmt: str, files: list[str]) -> bytes:
    argv = [sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", fmt, *files]
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run(argv, cwd=SHARED, env=env, capture_output=True, check=False)
    return b"exit %d\n" % done.returncode + done.stdout + b"\n--- stderr\n" + done.stderr


def reports(src: Path) -> dict[tuple[str, str], bytes]:
    """Every report, keyed by (format, file or `all`), of the code under `src`."""
    files = real_files()
    jobs = [(fmt, name) for fmt in FORMATS for name in [*files, "all"]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = pool.map(lambda job: _run(src, job[0], files if job[1] == "all" else [job[1]]), jobs)
        return dict(zip(jobs, outputs))


def differences(revision: str) -> list[str]:
    """The reports (format, file) in which this tree differs from `revision`; empty when all match."""
    with tempfile.TemporaryDirectory(prefix="proposal-lint-rev-") as tmp:
        before = reports(export_revision(revision, Path(tmp)))
    after = reports(ROOT / "src")
    return [f"{fmt} {name}" for (fmt, name), output in after.items() if before.get((fmt, name)) != output]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="git revision whose reports this tree must reproduce")
    args = parser.parse_args()
    changed = differences(args.revision)
    count = len(FORMATS) * (len(real_files()) + 1)
    for line in changed:
        print(f"differs: {line}")
    print(f"{'FAIL' if changed else 'PASS'}  {count - len(changed)}/{count} reports byte-identical to {args.revision}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
