"""What a proposal file is (issue 24, item 1): evidence (its place in cncf/mentoring, a Template block,
the template's labels under its headings), never heading depth alone. Through the CLI, as an admin
runs it from the root of a checkout."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CHECKOUT, needs_checkout

DOCUMENTATION = (
    "mentees/README.md",
    "programs/lfx-mentorship/README.md",
    "programs/lfx-mentorship/automation/ADMIN_GUIDE.md",
    "programs/archive/seasonofdocs/previous-years/2020/README.md",
    "cncf-toc-mentoring-subproject/2022-meeting-minutes.md",
    "cncf-toc-mentoring-subproject/2023-meeting-minutes.md",
    "cncf-toc-mentoring-subproject/2024-meeting-minutes.md",
)
SETUP_NOTES = "### Setup\n\n#### Linux\n\nRun make.\n"


def check(cwd, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated",
                           "--format", "json", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


@needs_checkout
def test_a_whole_checkout_leaves_its_documentation_alone():
    report = check(CHECKOUT, ".")
    by_path: dict[str, list[dict]] = {}
    for diagnostic in report["diagnostics"]:
        by_path.setdefault(diagnostic["path"], []).append(diagnostic)
    for path in DOCUMENTATION:
        found = by_path.get(path, [])
        assert [d for d in found if d["severity"] != "info"] == [], path
        assert len(found) <= 1 and all(d["code"] == "PL011" for d in found), path
    # the proposal files are still checked: GSoC 2023 keeps its errors
    assert any(d["severity"] == "error" for d in by_path["programs/summerofcode/2023.md"])


@needs_checkout
def test_skipping_non_proposal_files_drops_the_documentation_quietly():
    report = check(CHECKOUT, "--skip-non-proposal-files", *DOCUMENTATION)
    assert report["diagnostics"] == [] and report["summary"]["proposals"] == 0


def test_a_heading_pair_without_the_templates_labels_is_no_proposal(tmp_path):
    notes = tmp_path / "t.md"
    notes.write_text(SETUP_NOTES, encoding="utf-8")
    skipped = check(tmp_path, "--skip-non-proposal-files", "t.md")
    assert skipped["diagnostics"] == [] and skipped["summary"]["files"] == 0
    plain = check(tmp_path, "t.md")
    assert [(d["code"], d["severity"], d["line"]) for d in plain["diagnostics"]] == [("PL011", "info", 3)]
    assert plain["summary"]["proposals"] == 0


def test_one_label_as_the_template_writes_it_makes_a_proposal_file(tmp_path):
    (tmp_path / "t.md").write_text(SETUP_NOTES.replace("Run make.", "- Description: Run make."), encoding="utf-8")
    report = check(tmp_path, "--skip-non-proposal-files", "t.md")
    assert report["summary"]["proposals"] == 1
    assert "PL201" in {d["code"] for d in report["diagnostics"]}


def test_an_alias_in_meeting_notes_is_not_enough(tmp_path):
    notes = "### Agenda\n\n#### Repo refactor\n\n**Mentors:** How do I make a proposal?\n**Mentees:** how do I join?\n"
    (tmp_path / "minutes.md").write_text(notes, encoding="utf-8")
    report = check(tmp_path, "minutes.md")
    assert [d["code"] for d in report["diagnostics"]] == ["PL011"]


def test_the_same_headings_in_a_term_folder_are_a_proposal(tmp_path):
    term = tmp_path / "programs" / "lfx-mentorship" / "2024" / "02-Jun-Aug"
    term.mkdir(parents=True)
    (term / "project_ideas.md").write_text(SETUP_NOTES, encoding="utf-8")
    report = check(tmp_path, "--skip-non-proposal-files", "programs")
    assert report["summary"]["proposals"] == 1
    assert {d["code"] for d in report["diagnostics"]} >= {"PL201"}
