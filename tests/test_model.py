"""The model's spans: every node knows its line and columns (issue 2)."""

from __future__ import annotations

from conftest import SEED_000, SEED_001, needs_seeds

from proposal_lint.reading.parser import parse_document
from proposal_lint.core.template import builtin_template

TEXT = """## Proposed Project ideas

### Demo

#### First title

- **Description**: Line one
  continues here.
-\tExpected Outcome: e
- Recommended Skills:
  - Go
  - Rust
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
"""


def spans(node):
    s = node.span
    return (s.line, s.column, s.end_line, s.end_column)


def test_heading_and_project_spans():
    document = parse_document(TEXT, "demo.md")
    [proposal] = document.proposals
    assert spans(proposal.heading) == (5, 6, 5, 16)
    assert proposal.project.name == "Demo" and spans(proposal.project.heading) == (3, 5, 3, 8)
    assert proposal.end_line == 15


def test_field_spans_follow_the_source():
    [proposal] = parse_document(TEXT, "demo.md").proposals
    description, outcome, skills, mentors, issue = proposal.fields
    assert description.label == "Description" and description.match == "exact"
    assert (description.label_span.line, description.label_span.column, description.label_span.end_column) == (7, 5, 15)
    assert description.value == "Line one continues here."
    value = description.value_span
    assert (value.line, value.column, value.end_line, value.end_column) == (7, 20, 8, 17)
    assert (outcome.label_span.column, outcome.value) == (3, "e")
    assert [item.text for item in skills.items] == ["Go", "Rust"]
    assert [(i.span.line, i.span.column, i.span.end_column) for i in skills.items] == [(11, 5, 6), (12, 5, 8)]
    assert mentors.name == "Mentor(s)" and mentors.items[0].span.line == 14
    assert issue.value == "https://github.com/demo/demo/issues/1"
    assert (issue.value_span.column, issue.value_span.end_column) == (19, 55)


@needs_seeds
def test_indented_headings_and_code_fence_in_a_list():
    document = parse_document(SEED_001.read_text(encoding="utf-8"), "001")
    karmada = next(p for p in document.proposals if p.heading.span.line == 78)
    assert karmada.project.name == "Karmada"
    assert [f.name for f in karmada.fields] == [
        "Description", "Expected Outcome", "Recommended Skills", "Mentor(s)", "Upstream Issue", "LFX URL"
    ]
    indented = parse_document("   ### Proj\n\n  #### Title\n\n- Description: d\n", "x").proposals[0]
    assert indented.project.name == "Proj" and spans(indented.heading) == (3, 8, 3, 12)


@needs_seeds
def test_template_block_is_read_and_never_a_proposal():
    document = parse_document(SEED_000.read_text(encoding="utf-8"), "000")
    assert document.template_source == "file"
    assert [f.label for f in document.template.fields][:5] == [
        "Description", "Expected Outcome", "Recommended Skills", "Mentor(s)", "Upstream Issue"
    ]
    assert all(p.heading.span.line > 17 for p in document.proposals)
    assert set(range(1, 17)) <= document.skipped_lines


@needs_seeds
def test_forced_template_wins_over_the_file():
    gsoc = builtin_template("gsoc")
    document = parse_document(SEED_000.read_text(encoding="utf-8"), "000", gsoc)
    assert document.template is gsoc and document.template_source == "forced"
    assert len(document.proposals) == 0 or all(p.heading.level >= 4 for p in document.proposals)


def test_paragraph_fields_and_unspaced_dash():
    text = "### P\n\n#### T\n\nDescription: d\nRecommended Skills: go\n\n-Expected Outcome: e\n"
    [proposal] = parse_document(text, "x").proposals
    assert [(f.name, f.in_list, f.label_span.line) for f in proposal.fields] == [
        ("Description", False, 5), ("Recommended Skills", False, 6), ("Expected Outcome", False, 8)
    ]


def test_sample_section_is_skipped():
    text = "### Sample\n\n#### Prometheus (sample)\n\n##### Example\n\n- Description: d\n\n#### Real\n\n##### Idea\n\n- Description: d\n"
    document = parse_document(text, "x", builtin_template("gsoc"))
    assert [(p.title, p.project.name) for p in document.proposals] == [("Idea", "Real")]


def test_a_bare_parenthesis_line_in_the_template_block_is_tolerated():
    # mistletoe reads a lone `)` as a list item; found by the property test.
    text = "## Template\n\n```\n)\n### CNCF Project Name\n\n#### Title\n\n- Description:\n- Mentor(s):\n```\n"
    document = parse_document(text, "x")
    assert document.template_source == "file"
    assert [f.label for f in document.template.fields][:2] == ["Description", "Mentor(s)"]


def test_html_comments_are_blocks_of_their_own_not_field_text():
    text = (
        "### P\n\n#### T\n\n- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n"
        "<!-- proposal-lint disable-next-line PL201 -- reason -->\n- Upstream Issue: https://github.com/o/r/issues/1\n"
    )
    document = parse_document(text, "x")
    mentors, issue = document.proposals[0].fields
    assert [m.handle for m in mentors.mentors] == ["janedoe"]
    assert mentors.items[0].text == "Jane Doe (@janedoe, jane@cncf.io)"
    assert issue.value == "https://github.com/o/r/issues/1"
    assert document.html_blocks == ((7, 7),)
