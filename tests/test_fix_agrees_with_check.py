"""Mark and fix agree: every edit `--fix` makes lies within the span of a finding that `check`
reports, with the fix's own code, as fixable; on every real file of ../shared and every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, MENTORING, ROOT, SEEDS

from proposal_lint.engine.lint import lint_sources, parse_source
from proposal_lint.fix.apply import MAX_PASSES, apply_fixes, collect_fixes, normalize
from proposal_lint.fix.marks import mark_fixable
from proposal_lint.reading.source import Source
from proposal_lint.rules.context import Options

FILES = sorted([*SEEDS.glob("*.txt"), *CORPUS.glob("*.md"), *MENTORING.rglob("*.md"),
                *(ROOT / "tests" / "fixtures").rglob("*.md")])


def _within(edit, finding) -> bool:
    """An edit's end is exclusive, a finding's inclusive."""
    return (finding.line, finding.column) <= (edit.line, edit.column) and (
        (edit.end_line, edit.end_column) <= (finding.end_line, finding.end_column + 1))


def _strays(path: Path) -> list[str]:
    """The edits of each pass of `--fix` that no fixable finding of their rule covers."""
    options = Options()
    text = path.read_text("utf-8", errors="replace")
    strays = []
    for _ in range(MAX_PASSES):
        source = Source(str(path), normalize(text))
        findings = [d for d in mark_fixable(lint_sources([source], options)).diagnostics if d.fixable]
        document = parse_source(source, options)
        fixes = sorted(collect_fixes(document, options), key=lambda f: (f.edits[0].line, f.edits[0].column, f.code))
        text, applied = apply_fixes(text, fixes)
        if not applied:
            return strays
        strays += [f"{path.name}:{edit.line}:{edit.column} {fix.code} {fix.description}"
                   for fix in applied for edit in fix.edits
                   if not any(d.code == fix.code and _within(edit, d) for d in findings)]
    return strays


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_every_edit_of_fix_lies_in_a_fixable_finding_of_its_rule(path):
    assert _strays(path) == []
