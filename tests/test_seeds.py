"""What the core must find in the real seed files, line by line (issue 2)."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, SEED_000, SEED_001, needs_seeds

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_paths

CORE_FAMILIES = ("PL0", "PL1", "PL2", "PL5")

pytestmark = needs_seeds  # the seeds and the corpus live in $PROPOSAL_LINT_SHARED only


@pytest.fixture(scope="module")
def seed_001():
    return lint_paths([str(SEED_001)], Options(offline=True))


@pytest.fixture(scope="module")
def seed_000():
    return lint_paths([str(SEED_000)], Options(offline=True))


def at(report, code, line):
    return [d for d in report.diagnostics if d.code == code and d.line == line]


def test_playwright_proposal_misses_mentors_found_at_line_34(seed_001):
    [missing] = at(seed_001, "PL201", 24)
    assert missing.field == "Mentor(s)" and "line 34" in missing.message
    assert missing.proposal == "Meshery: End-to-End Testing with Playwright (Round 2)"
    assert at(seed_001, "PL206", 34), "the mentors at line 34 are reported where they stand"


def test_mentor_name_placeholder_at_line_34(seed_001):
    [placeholder] = at(seed_001, "PL501", 34)
    assert (placeholder.column, placeholder.end_column) == (5, 15)
    assert placeholder.severity.label == "warning"  # a label before real values: delete it, keep them
    assert "delete `Mentor Name:`" in placeholder.message


def test_recommended_skill_is_an_alias_not_a_missing_field(seed_001):
    [alias] = at(seed_001, "PL203", 213)
    assert alias.severity.label == "info" and "Recommended Skills" in alias.message  # a plural away: same words
    assert not [d for d in seed_001.diagnostics if d.code == "PL201" and "no `Recommended Skills`" in d.message]


def test_nothing_inside_the_template_block(seed_001):
    assert not [d for d in seed_001.diagnostics if d.line <= 17]


def test_karmada_lists_cut_by_a_code_fence_keep_their_fields(seed_001):
    assert not at(seed_001, "PL201", 78) and not at(seed_001, "PL201", 102)
    document = seed_001.documents[0]
    karmada = [p for p in document.proposals if p.heading.span.line in (78, 102)]
    for proposal in karmada:
        assert {f.name for f in proposal.fields} >= {"Recommended Skills", "Mentor(s)", "Upstream Issue", "LFX URL"}


def test_empty_lfx_url_is_fine(seed_001, seed_000):
    for report in (seed_001, seed_000):
        assert not [d for d in report.diagnostics if d.field == "LFX URL"]


def test_issue_label_suggests_upstream_issue(seed_000):
    [alias] = at(seed_000, "PL203", 31)
    assert "Upstream Issue" in alias.message and (alias.column, alias.end_column) == (3, 8)  # `Issue:`, what --fix rewrites


def test_mojibake_on_line_25(seed_000):
    [mojibake] = at(seed_000, "PL502", 25)
    assert "donâ€™t" in mojibake.message and "don’t" in mojibake.message
    assert mojibake.proposal == "Improve Unit Test Coverage"


def test_wasmedge_and_volcano_are_clean_for_core_rules(seed_000):
    flagged = [
        d
        for d in seed_000.diagnostics
        if d.project in ("WasmEdge", "Volcano") and d.code.startswith(CORE_FAMILIES) and d.severity.label != "info"
    ]
    assert flagged == []
    projects = [p.project.name for p in seed_000.documents[0].proposals]
    assert projects.count("WasmEdge") == 4 and projects.count("Volcano") == 2


# Title headings at an unexpected depth in the corpus, checked by hand: lfx-2022 line 49
# (`#### Improve evaluation engine` under Vitess) and line 298 (`### Devfile` / `#### Add ...`).
OFF_DEPTH_TITLES = {"lfx-2022-03-Sept-Nov.project_ideas.md": {49, 298}}


def title_heading_lines(text: str, level: int) -> set[int]:
    """Lines of `#`*level headings outside fenced code, the Template section and the Sample's example."""
    lines, in_fence = set(), False
    skip_until_level = None  # skip headings deeper than this level
    sample_level = None  # a Sample heading waiting for its example project
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        heading = re.match(r" {0,3}(#{1,6}) +(.*)", line)
        if in_fence or not heading:
            continue
        depth, title = len(heading.group(1)), heading.group(2).strip()
        if sample_level is not None and depth > sample_level:
            skip_until_level, sample_level = depth, None
            continue
        if skip_until_level is not None and depth > skip_until_level:
            continue
        skip_until_level = sample_level = None
        if title == "Template":
            skip_until_level = depth
        elif title == "Sample":
            sample_level = depth
        elif depth == level:
            lines.add(number)
    return lines


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name)
def test_every_corpus_proposal_is_found(path):
    report = lint_paths([str(path)], Options(offline=True))
    document = report.documents[0]
    found = {p.heading.span.line for p in document.proposals}
    expected = title_heading_lines(path.read_text(encoding="utf-8"), document.template.title_level)
    assert found == expected | OFF_DEPTH_TITLES.get(path.name, set())
    assert len(found) >= 14


def test_templates_are_read_from_the_files():
    expected = {"gsoc-2025.md": ("gsoc", 4, 5), "gsoc-2026.md": ("gsoc", 4, 5),
                "lfx-2021-02-Summer.project_ideas.md": ("lfx", 4, 5),
                "lfx-2022-03-Sept-Nov.project_ideas.md": ("lfx", 4, 5)}
    for name, (profile, project_level, title_level) in expected.items():
        document = lint_paths([str(CORPUS / name)], Options(offline=True)).documents[0]
        template = document.template
        assert (template.name, template.project_level, template.title_level) == (profile, project_level, title_level)
        assert document.template_source == "file"
