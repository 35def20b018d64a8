"""Inline suppressions: fixtures with `<!-- expect: CODE@COL -->` markers, positions, and the CLI flag."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from proposal_lint.commands.cli import cli
from proposal_lint.commands.config import Settings, build_options
from proposal_lint.engine.lint import Options, lint_text
from proposal_lint.reading.parser import parse_document
from proposal_lint.rules.suppressions import find_directives

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "suppressions").glob("*.md"))
_EXPECT = re.compile(r"\s*<!-- expect: (.*?) -->\s*")
# The families these fixtures exercise; mentor (PL3) and link (PL4) findings are left to their own tests.
_FAMILIES = ("PL0", "PL1", "PL2", "PL5")

PROPOSAL = """### Demo

#### Improve the docs

- Description: d
- Expected Outcome: e
{before_skills}- Recommended Skill: s
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
- LFX URL:
"""


def _expected(text: str) -> list[str]:
    found, pending = [], []
    for line_no, line in enumerate(text.split("\n"), start=1):
        match = _EXPECT.fullmatch(line)
        if match:
            pending += match.group(1).split()
            continue
        for item in pending:
            code, _, column = item.partition("@")
            found.append(f"{code}@{line_no}:{column}" if column else f"{code}@{line_no}")
        pending = []
    return sorted(found)


def _codes(text: str, options: Options = Options(offline=True)) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in lint_text(text, "t.md", options) if d.code.startswith(_FAMILIES)]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture(path):
    text = path.read_text(encoding="utf-8")
    expected = _expected(text)
    with_column = {e.split(":")[0] for e in expected if ":" in e}
    found = sorted(
        f"{d.code}@{d.line}:{d.column}" if f"{d.code}@{d.line}" in with_column else f"{d.code}@{d.line}"
        for d in lint_text(text, path.name, Options(offline=True))
        if d.code.startswith(_FAMILIES)
    )
    assert found == expected


def test_without_a_comment_the_finding_is_reported():
    assert _codes(PROPOSAL.format(before_skills="")) == [("PL203", 7, 3)]


def test_disable_next_line_covers_only_the_next_line():
    text = PROPOSAL.format(before_skills="  <!-- proposal-lint disable-next-line PL203 -- ok -->\n\n")
    assert [(c, line) for c, line, _ in _codes(text)] == [("PL008", 7), ("PL203", 9)]


def test_multi_line_comment_positions_are_exact():
    text = PROPOSAL.format(before_skills="  <!-- proposal-lint disable-next-line\n     PL203 PL999 -- two\n     lines -->\n")
    directive = find_directives(parse_document(text, "t.md"))[0]
    assert (directive.span.line, directive.span.column, directive.span.end_line, directive.span.end_column) == (7, 3, 9, 14)
    assert [(r.text, r.span.line, r.span.column, r.span.end_column) for r in directive.rules] == [
        ("PL203", 8, 6, 10),
        ("PL999", 8, 12, 16),
    ]
    assert directive.reason == "two\n     lines"
    assert _codes(text) == [("PL008", 8, 12)]


def test_comment_in_code_span_or_fence_is_not_a_directive():
    text = PROPOSAL.format(before_skills="") + "\n`<!-- proposal-lint disable-file -->`\n\n    <!-- proposal-lint disable-file -->\n"
    assert find_directives(parse_document(text, "t.md")) == ()
    assert [c for c, *_ in _codes(text)] == ["PL203"]


def test_enable_with_a_code_ends_only_that_rule():
    text = (
        "<!-- proposal-lint disable PL203 PL204 -- legacy -->\n\n"
        "<!-- proposal-lint enable PL204 -->\n\n"
        + PROPOSAL.format(before_skills="").replace("- LFX URL:", "- Stack: Go\n- LFX URL:")
    )
    # PL203 stays suppressed; PL204 is reported, and its disable (ended before any finding) was unused.
    assert [(c, line) for c, line, _ in _codes(text)] == [("PL008", 1), ("PL204", 16)]


def test_suppressing_a_rule_that_is_not_enabled_says_so():
    text = PROPOSAL.format(before_skills="  <!-- proposal-lint disable-next-line PL203 -- ok -->\n")
    options = build_options(None, Settings(ignore=["PL203"]))
    diagnostics = [d for d in lint_text(text, "t.md", options) if d.code.startswith(_FAMILIES)]
    assert [d.code for d in diagnostics] == ["PL008"]
    assert "not enabled" in diagnostics[0].message


def test_require_reason_makes_pl007_an_error(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(PROPOSAL.format(before_skills="  <!-- proposal-lint disable-next-line PL203 -->\n"))
    plain = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--format", "json", "--select", "PL0,PL2", str(path)])
    strict = CliRunner().invoke(
        cli, ["check", "--offline", "--isolated", "--format", "json", "--select", "PL0,PL2", "--require-reason", str(path)]
    )
    assert plain.exit_code == 0 and '"severity": "warning"' in plain.stdout
    assert strict.exit_code == 1 and '"severity": "error"' in strict.stdout


def test_a_same_line_suppression_covers_its_own_line_and_stays_out_of_the_title():
    text = PROPOSAL.format(before_skills="").replace(
        "#### Improve the docs", "#### Improve the docs <!-- proposal-lint disable-line PL999 -- typo -->"
    ).replace("- Recommended Skill: s", "- Recommended Skill: s <!-- proposal-lint disable-line PL203 -- as LFX wrote it -->")
    assert _codes(PROPOSAL.format(before_skills="")) == [("PL203", 7, 3)]
    assert _codes(text) == [("PL008", 3, 55)]  # the heading's comment names no rule that exists
    assert [d.proposal for d in lint_text(text, "t.md", Options(offline=True))] == ["Improve the docs"]
    directives = find_directives(parse_document(text, "t.md"))
    assert [(d.kind, d.span.line, d.span.column, d.reason) for d in directives] == [
        ("disable-line", 3, 23, "typo"), ("disable-line", 7, 24, "as LFX wrote it")]


def test_a_same_line_comment_in_code_is_not_a_directive():
    text = PROPOSAL.format(before_skills="").replace(
        "- Recommended Skill: s", "- Recommended Skill: `x <!-- proposal-lint disable-line PL203 -->`"
    ) + "\n```\nx <!-- proposal-lint disable-line PL203 -->\n```\n"
    assert find_directives(parse_document(text, "t.md")) == ()
    assert [c for c, *_ in _codes(text)] == ["PL203"]
