"""What tests/test_seeds.py asserts on the real seeds, on fixtures of the same shape written for this
repository (tests/fixtures/seedlike/), so it is checked where $PROPOSAL_LINT_SHARED has no seeds too."""

from __future__ import annotations

import pytest
from conftest import ROOT

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_paths

SEEDLIKE = ROOT / "tests" / "fixtures" / "seedlike"


@pytest.fixture(scope="module")
def term_ideas():
    """A term's project_ideas.md: Template block, mentors under Recommended Skills, a list cut by a fence."""
    return lint_paths([str(SEEDLIKE / "lfx_term_ideas.txt")], Options(offline=True))


@pytest.fixture(scope="module")
def older_term():
    """An older file: mojibake, and `Issue:` for `Upstream Issue:`."""
    return lint_paths([str(SEEDLIKE / "lfx_older_term.txt")], Options(offline=True))


def at(report, code, line):
    return [d for d in report.diagnostics if d.code == code and d.line == line]


def test_mentors_under_recommended_skills_are_missing_and_found(term_ideas):
    [missing] = at(term_ideas, "PL201", 24)
    assert missing.field == "Mentor(s)" and "line 32" in missing.message
    assert missing.proposal == "Lanternfish: Browser Tests for the Dashboard"
    assert at(term_ideas, "PL206", 32)


def test_mentor_name_placeholder(term_ideas):
    [placeholder] = at(term_ideas, "PL501", 32)
    assert (placeholder.column, placeholder.end_column) == (5, 15)
    assert placeholder.severity.label == "warning"  # a label before real values: delete it, keep them
    assert "delete `Mentor Name:`" in placeholder.message


def test_recommended_skill_is_an_alias_not_a_missing_field(term_ideas):
    [alias] = at(term_ideas, "PL203", 62)
    assert alias.severity.label == "info" and "Recommended Skills" in alias.message  # a plural away: same words
    assert not [d for d in term_ideas.diagnostics if d.code == "PL201" and "no `Recommended Skills`" in d.message]


def test_nothing_inside_the_template_block(term_ideas):
    assert not [d for d in term_ideas.diagnostics if d.line <= 17]


def test_a_list_cut_by_a_code_fence_keeps_its_fields(term_ideas):
    assert not at(term_ideas, "PL201", 38)
    [proposal] = [p for p in term_ideas.documents[0].proposals if p.heading.span.line == 38]
    assert {f.name for f in proposal.fields} >= {"Recommended Skills", "Mentor(s)", "Upstream Issue", "LFX URL"}


def test_empty_lfx_url_is_fine(term_ideas, older_term):
    for report in (term_ideas, older_term):
        assert not [d for d in report.diagnostics if d.field == "LFX URL"]


def test_issue_label_suggests_upstream_issue(older_term):
    [alias] = at(older_term, "PL203", 13)
    assert "Upstream Issue" in alias.message and (alias.column, alias.end_column) == (3, 8)  # `Issue:`, what --fix rewrites


def test_mojibake(older_term):
    [mojibake] = at(older_term, "PL502", 7)
    assert "donâ€™t" in mojibake.message and "don’t" in mojibake.message
    assert mojibake.proposal == "Improve the Test Coverage"
