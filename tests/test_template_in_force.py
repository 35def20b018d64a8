"""Which template a file is checked against: path, fields, era, the term's block, the file's block."""

from __future__ import annotations

import pytest
from conftest import SHARED, needs

from proposal_lint import lint_text
from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_paths
from proposal_lint.reading.parser import parse_document
from proposal_lint.reading.template_files import resolve_template
from proposal_lint.cncf.layout import place_of

TERM_2026_3 = SHARED / "cncf-mentoring/programs/lfx-mentorship/2026/03-Sep-Nov"

BODY = """### Demo

#### A title

- Description: d
- Recommended Skills: s
- Mentor(s): Ann Lee (@annlee), Bob Kay (@bobkay)
- Upstream Issue (URL): https://github.com/demo/demo/issues/1
"""


@pytest.mark.parametrize("path, program, year, term", [
    ("programs/lfx-mentorship/2024/02-Jun-Aug/README.md", "lfx", 2024, 2),
    ("x/programs/lfx-mentorship/2020/q3-q4/project_ideas.md", "lfx", 2020, 3),
    ("programs/lfx-mentorship/2022/03-Sept-Nov/README.md", "lfx", 2022, 3),
    ("programs/summerofcode/2021.md", "gsoc", 2021, None),
    ("notes/ideas.md", None, None, None),
])
def test_place_of_reads_program_year_and_term(path, program, year, term):
    place = place_of(path)
    assert (place.program, place.year, place.term) == (program, year, term)


@pytest.mark.parametrize("path, era", [
    ("programs/lfx-mentorship/2021/02-Summer/README.md", "2020 to 2022 Term 3"),
    ("programs/lfx-mentorship/2023/02-Jun-Aug/README.md", "2023 Terms 1 and 2"),
    ("programs/lfx-mentorship/2023/03-Sep-Nov/README.md", "2023 Term 3 on"),
    ("programs/summerofcode/2018.md", "2017 and 2018"),
    ("programs/summerofcode/2019.md", "2019 to 2021"),
    ("programs/summerofcode/2022.md", "2022"),
    ("summerofcode/2023.md", "2023"),
    ("ideas.md", "2023 Term 3 on"),
])
def test_era_profile_follows_the_path(path, era):
    document = parse_document(BODY, path)
    assert document.template_source == "builtin" and document.template.era == era


def test_an_old_term_asks_for_neither_email_nor_nested_mentors():
    old = [d.code for d in lint_text(BODY, "programs/lfx-mentorship/2021/02-Summer/README.md")]
    new = [d.code for d in lint_text(BODY, "programs/lfx-mentorship/2024/02-Jun-Aug/README.md")]
    assert not {"PL302", "PL305", "PL203", "PL201"} & set(old)
    assert {"PL302", "PL305", "PL203", "PL201"} <= set(new)


def test_fields_decide_the_program_when_the_path_says_nothing():
    gsoc = BODY.replace("- Upstream", "- Expected project size: medium\n- Difficulty: Hard\n- Upstream")
    assert parse_document(gsoc, "ideas.md").template.name == "gsoc"
    both = gsoc.replace("- Difficulty: Hard\n", "- LFX URL:\n")
    assert parse_document(both, "ideas.md").template.name == "lfx"


def test_gsoc_messages_speak_of_gsoc():
    text = BODY.replace("(@annlee)", "(@annlee, ann AT cncf DOT io)")
    [message] = [d.message for d in lint_text(text, "programs/summerofcode/2024.md") if d.code == "PL309"]
    assert "Google Summer of Code" in message and "LFX" not in message


def test_a_term_readme_takes_the_block_of_its_project_ideas(tmp_path):
    term = tmp_path / "2023" / "01-Mar-May"
    term.mkdir(parents=True)
    (term / "project_ideas.md").write_text(
        "## Template\n\n```\n### CNCF Project Name\n\n#### Title\n\n- Description:\n- Skills wanted:\n"
        "- Mentor(s): Name (@github)\n- Upstream Issue (URL):\n```\n", encoding="utf-8")
    readme = term / "README.md"
    readme.write_text(BODY.replace("Recommended Skills", "Skills wanted"), encoding="utf-8")
    report = lint_paths([str(readme)], Options(offline=True))
    assert report.documents[0].template_source == "term"
    assert [d.code for d in report.diagnostics] == []


def test_hints_of_the_block_decide_values_and_mentor_policy():
    block = ("## Template\n\n```\n### CNCF Project Name\n\n#### Title\n\n- Description:\n"
             "- Mentor(s): (Name, github, email)\n- Expected project size: (175 or 350 Hours)\n"
             "- Difficulty: (Easy, Medium, or Hard)\n- Upstream Issue (URL):\n```\n\n")
    template = parse_document(block, "ideas.md").template
    assert template.field("Expected project size").allowed == ("175", "350")
    assert template.field("Difficulty").allowed == ("easy", "medium", "hard")
    assert template.mentor_email and template.mentor_layout == "inline" and not template.mentors.primary
    gsoc_2024 = block.replace("(Name, github, email)", "#For GSoC, at least 2 mentors with 1 being a primary mentor.\n"
                              "  - Jane Doe (@jane-github, jane@email.address) - primary")
    template = parse_document(gsoc_2024, "ideas.md").template
    assert template.mentors.min == 2 and template.mentors.primary and template.mentor_layout == "list"


def test_every_shipped_profile_can_be_forced():
    for name in ("lfx", "gsoc", "lfx-2020", "lfx-2023", "gsoc-2017", "gsoc-2019", "gsoc-2022", "gsoc-2023", "lfx-generated"):
        assert resolve_template(name).fields


@needs(TERM_2026_3, "the 2026 Term 3 directory")
def test_the_generated_readme_and_the_stub_beside_it_have_no_error_and_no_warning():
    """Checked as a maintainer checks the directory: the README cncf's automation writes from approved
    issue-form proposals, the `project_ideas.md` that says proposals have moved, and the export files."""
    report = lint_paths([str(TERM_2026_3)], Options(offline=True))
    assert len(report.documents) >= 2 and sum(len(d.proposals) for d in report.documents) == 59
    assert [(d.path, d.line, d.code) for d in report.diagnostics if d.severity.label != "info"] == []


def test_a_label_the_files_sample_writes_is_the_templates_own():
    """2020-2022 term files: the block says `Upstream Issue (URL)`, the Sample under it `Issue`."""
    text = ("## Template\n\n```\n#### CNCF Project Name\n##### Mentorship Title\n- Description:\n"
            "- Recommended Skills:\n- Mentor(s):\n- Upstream Issue (URL):\n```\n\n### Sample\n\n"
            "#### Prometheus (sample)\n\n##### Refactor the APIs\n\n- Description: d\n- Recommended Skills: go\n"
            "- Mentor(s): Ann Lee (@annlee)\n- Issue: https://github.com/p/p/issues/1\n\n## Proposals\n\n"
            "#### Harbor\n\n##### Scanner tests\n\n- Description: d\n- Recommended Skills: go\n"
            "- Mentor(s): Ann Lee (@annlee)\n- Issue: https://github.com/h/h/issues/2\n- Upstream Isue: x\n")
    labels = {d.message.split("`")[1]: d.severity.label for d in lint_text(text, "ideas.md") if d.code == "PL203"}
    assert labels == {"Upstream Isue": "warning"}


@pytest.mark.parametrize("year, severity", [(2018, "info"), (2019, "error")])
def test_fields_before_gsoc_had_a_written_template_are_a_convention(year, severity):
    text = "### Harbor\n\n#### Scanner tests\n\n- Recommended Skills: Go\n- Mentor(s): Ann Lee (@annlee)\n- Issue: https://github.com/h/h/issues/1\n"
    [missing] = [d for d in lint_text(text, f"programs/summerofcode/{year}.md") if d.code == "PL201"]
    assert "`Description`" in missing.message and missing.severity.label == severity


@pytest.mark.parametrize("label", ["Upstream Issue (Project URL)", "Potential Mentors"])
def test_labels_that_only_change_a_hint_or_qualify_mentors_are_aliases(label):
    from proposal_lint.core.template import era_template

    assert era_template("lfx", (2021, 1)).match_label(label).kind == "alias"


def test_an_obfuscated_address_with_a_disguised_domain_gets_no_made_up_suggestion():
    text = BODY.replace("(@annlee)", "(@annlee, ann AT gee-mail)")
    [message] = [d.message for d in lint_text(text, "programs/summerofcode/2024.md") if d.code == "PL309"]
    assert "gee-mail`" not in message and "disguised" in message


def test_gsoc_2022_asks_what_its_template_asked():
    """The 2022 block: Description, Recommended Skills, Mentor(s), Upstream Issue (URL); size and difficulty optional."""
    text = ("### Harbor\n\n#### Scanner tests\n\n- Description: d\n- Recommended Skills: Go\n"
            "- Mentor(s): Ann Lee (@annlee)\n- Upstream Issue (URL): https://github.com/h/h/issues/1\n")
    assert [d.code for d in lint_text(text, "programs/summerofcode/2022.md") if d.severity.label != "info"] == []
    sized = text.replace("- Mentor(s)", "- Expected project size: 90 hours\n- Mentor(s)")
    assert [d.code for d in lint_text(sized, "programs/summerofcode/2022.md")] == ["PL207"]


def test_the_label_of_a_field_the_template_does_not_require_is_an_info():
    """GSoC 2022's block had no Difficulty: `Difficulty rating` deviates from nothing written."""
    text = ("### Harbor\n\n#### Scanner tests\n\n- Description: d\n- Recommended Skills: Go\n- Difficulty rating: Hard\n"
            "- Mentor(s): Ann Lee (@annlee)\n- Upstream Issue (URL): https://github.com/h/h/issues/1\n- Recommend Skills: Go\n")
    labels = {d.message.split("`")[1]: d.severity.label for d in lint_text(text, "programs/summerofcode/2022.md")
              if d.code == "PL203"}
    assert labels == {"Difficulty rating": "info", "Recommend Skills": "warning"}
