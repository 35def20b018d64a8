"""The same file gets the same findings however it is named and from whichever folder (issue 24,
item 2): program, year and term come from its path relative to the repository's root, and from the
files' own words where the path says nothing. Through the CLI, from the folders an admin works in."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import CHECKOUT, needs_checkout

TERM = "programs/lfx-mentorship/2026/03-Sep-Nov"


def findings(cwd, *args: str) -> list[tuple]:
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated",
                           "--format", "json", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return [(d["path"].rsplit("/", 1)[-1], d["line"], d["column"], d["code"], d["message"])
            for d in json.loads(done.stdout)["diagnostics"]]


@needs_checkout
@pytest.mark.parametrize("year", [2017, 2019, 2020, 2022])
def test_a_gsoc_file_from_the_root_and_from_its_folder(year):
    from_root = findings(CHECKOUT, f"programs/summerofcode/{year}.md")
    assert findings(CHECKOUT / "programs" / "summerofcode", f"{year}.md") == from_root
    assert findings(CHECKOUT / "programs" / "summerofcode", f"../summerofcode/./{year}.md") == from_root
    assert not any(code == "PL201" and "LFX URL" in message for _, _, _, code, message in from_root)


@needs_checkout
def test_fix_from_the_gsoc_folder_adds_no_lfx_field(tmp_path):
    folder = tmp_path / "programs" / "summerofcode"
    folder.mkdir(parents=True)
    before = (CHECKOUT / "programs" / "summerofcode" / "2019.md").read_text(encoding="utf-8")
    (folder / "2019.md").write_text(before, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--fix",
                           "2019.md"], cwd=folder, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    after = (folder / "2019.md").read_text(encoding="utf-8")
    assert after.count("LFX URL") == before.count("LFX URL")


@needs_checkout
def test_a_term_folder_in_place_and_copied_elsewhere(tmp_path):
    in_place = findings(CHECKOUT, TERM)
    shutil.copytree(CHECKOUT / TERM, tmp_path / "03-Sep-Nov")
    assert findings(tmp_path, "03-Sep-Nov") == in_place
    assert findings(tmp_path / "03-Sep-Nov", ".") == in_place
    assert "PL112" in {code for _, _, _, code, _ in in_place}  # the term is known: its quota is checked


def test_a_term_readme_titled_with_its_term_outside_the_repository(tmp_path):
    """Without export files, a README's own title names its term (the program's full LFX name)."""
    from proposal_lint.reading.place import file_place

    readme = tmp_path / "README.md"
    text = "# Term 02 - 2024 June - August\n"
    readme.write_text(text, encoding="utf-8")
    place = file_place(str(readme), text)
    assert (place.program, place.year, place.term, place.months) == ("lfx", 2024, 2, "Jun-Aug")


def test_the_project_list_check_from_inside_the_term_folder(tmp_path):
    """PL105 dates a file's term by its place in the repository, not by the path as typed."""
    from conftest import CLEAN_PROPOSAL

    term = tmp_path / "programs" / "lfx-mentorship" / "2026" / "02-Jun-Aug"
    term.mkdir(parents=True)
    (term / "README.md").write_text(CLEAN_PROPOSAL.replace("### Demo", "### Nonexistent Project"), encoding="utf-8")
    from_root = findings(tmp_path, "programs/lfx-mentorship/2026/02-Jun-Aug/README.md")
    assert "PL105" in {code for _, _, _, code, _ in from_root}
    assert findings(term, "README.md") == from_root


@pytest.mark.parametrize("path, place", [
    ("communitybridge/2020/q3-q4/project_ideas.md", ("lfx", 2020, 3)),
    ("programs/lfx-mentorship/2020/q3-q4/project_ideas.md", ("lfx", 2020, 3)),
    ("communitybridge/2019/README.md", ("lfx", 2019, None)),
])
def test_lfx_terms_under_their_old_name_communitybridge(path, place):
    from proposal_lint.cncf.layout import place_of

    assert place_of(path)[:3] == place  # cncf/mentoring c0248886 renamed communitybridge/ in January 2021
