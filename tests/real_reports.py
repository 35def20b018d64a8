"""Every report proposal-lint gives on the real files of ../shared, and the captured copy of them.

A reshaping of the code must leave each one byte-identical (issue 17): `tests/test_real_reports.py`
compares this tree's reports with the copies captured in `tests/golden/real/` (gzip, one per
report). After a change that is meant to alter a report, capture them anew and review the diff:
    python tests/real_reports.py
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import SHARED  # noqa: E402

from proposal_lint.commands.cli import cli  # noqa: E402

CAPTURED = Path(__file__).resolve().parent / "golden" / "real"
CHECK_FORMATS = ("json", "text", "sarif", "github", "markdown")
TERM = "cncf-mentoring/programs/lfx-mentorship/2026/03-Sep-Nov"
GENERATED_AT = re.compile(rb'("_generated": )"[^"]*"')  # the export's clock time, the one thing that may differ


def real_files() -> list[str]:
    """The real files, relative to ../shared (reports name files as given)."""
    found = [*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*"), *SHARED.glob("cncf-mentoring/**/*.md")]
    return sorted(str(path.relative_to(SHARED)) for path in found if path.is_file())


def commands() -> dict[str, list[str]]:
    """Each report's name and the command line that gives it."""
    files = real_files()
    runs = {f"check-{fmt}": ["check", "--offline", "--format", fmt, *files] for fmt in CHECK_FORMATS}
    runs["check-diff"] = ["check", "--offline", "--diff", *files]
    runs["check-statistics"] = ["check", "--offline", "--statistics", *files]
    for fmt in ("text", "markdown", "json"):
        runs[f"summary-{fmt}"] = ["summary", "--offline", "--format", fmt, TERM]
    for target in ("lfx-json", "lfx-csv", "csv"):
        runs[f"export-{target}"] = ["export", "--to", target, "--include-invalid", TERM]
    return runs


@contextmanager
def _in_shared() -> Iterator[None]:
    before = os.getcwd()
    os.chdir(SHARED)
    try:
        yield
    finally:
        os.chdir(before)


def report(argv: list[str]) -> bytes:
    """The exit code, standard output and standard error of one command, as one text (the export's
    `_generated` time masked)."""
    with _in_shared():
        result = CliRunner().invoke(cli, argv, env={"NO_COLOR": "1", "GITHUB_ACTIONS": None, "COLUMNS": "100"})
    output = GENERATED_AT.sub(rb'\1"<time of the run>"', result.stdout_bytes)
    return b"exit %d\n" % result.exit_code + output + b"\n--- stderr\n" + result.stderr_bytes


def captured(name: str) -> bytes | None:
    path = CAPTURED / f"{name}.gz"
    return gzip.decompress(path.read_bytes()) if path.exists() else None


def capture() -> None:
    """Write every report of this tree as the captured copy."""
    CAPTURED.mkdir(parents=True, exist_ok=True)
    for name, argv in commands().items():
        (CAPTURED / f"{name}.gz").write_bytes(gzip.compress(report(argv), mtime=0))
        print(f"captured {name}")


if __name__ == "__main__":
    capture()
