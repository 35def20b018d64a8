"""Every fixture under tests/fixtures/ carries its expected findings next to the input.

A line `<!-- expect: PL201@6 PL501 -->` says the next line that is not an expect comment
gets those codes, at those columns when given. The findings must match exactly: nothing
missing, nothing extra. Messages are never compared.

All fixtures are checked in one run, as a maintainer checks a whole checkout: the files of
one term directory (tests/fixtures/terms/<year>/<term>/) are compared with each other, and
no fixture sees another term's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_paths

FIXTURES = Path(__file__).parent / "fixtures"
_EXPECT = re.compile(r"^\s*<!-- expect: (?P<codes>[^>]*?) -->\s*$")
_CODE = re.compile(r"(PL\d{3})(?:@(\d+))?")


def expected_findings(path: Path) -> tuple[list[tuple[str, int, int | None]], set[int]]:
    """(code, line, column or None) per expectation, and the lines that are expect comments."""
    pending: list[tuple[str, int | None]] = []
    expected, comment_lines = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        match = _EXPECT.match(line)
        if match:
            comment_lines.add(number)
            pending += [(code, int(col) if col else None) for code, col in _CODE.findall(match["codes"])]
            continue
        expected += [(code, number, column) for code, column in pending]
        pending = []
    return expected, comment_lines


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.rglob("*.md"))


@pytest.fixture(scope="module")
def report():
    return lint_paths([str(path) for path in fixture_files()], Options(offline=True))


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture(path: Path, report):
    expected, _ = expected_findings(path)
    diagnostics = [d for d in report.diagnostics if d.path == str(path)]
    actual = sorted((d.code, d.line, d.column) for d in diagnostics)
    wanted_columns = {(code, line): column for code, line, column in expected}
    comparable = sorted(
        (code, line, column if wanted_columns.get((code, line)) is not None else None) for code, line, column in actual
    )
    assert comparable == sorted(expected), "\n".join(f"{d.line}:{d.column} {d.code} {d.message}" for d in diagnostics)


def test_fixture_tree_is_not_empty():
    assert len(fixture_files()) >= 8
