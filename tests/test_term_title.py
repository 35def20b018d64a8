"""PL114 term-title-mismatch on term README titles of cncf/mentoring's history."""

import json
import subprocess
import sys

import pytest

TIMELINE = "\n\nStatus: Planning\n\nMentorship duration - three months (12 weeks - full-time schedule)\n"


def _pl114(tmp_path, folder, title):
    path = tmp_path / "programs/lfx-mentorship" / folder / "README.md"
    path.parent.mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    path.write_text(title + TIMELINE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--select", "PL114",
                          "--format", "json", str(path)], capture_output=True, text=True, check=False)
    return [(d["line"], d["column"], d["message"]) for d in json.loads(run.stdout)["diagnostics"]]


@pytest.mark.parametrize("folder, title, column, said", [
    # 52318d24: the 2024 Term 3 README began as a copy of Term 2's title
    ("2024/03-Sep-Nov", "# Term 02 - 2024 June - August ", 3, "`Term 02` (the folder: term 3)"),
    # 0ed4ece1 corrected the months only; the number stayed wrong until d9adca67 ("other minor fixes")
    ("2024/03-Sep-Nov", "# Term 02 - 2024 September - November", 3, "`Term 02` (the folder: term 3)"),
    # 580e906f, fixed by 5a9e6b66 "fixing titles"
    ("2025/02-Jun-Aug", "# Term 02 - 2025 March - May", 18, "`March` (the folder: June)"),
    # 852c41fe, fixed by 12dc10b5 "September comes before November"
    ("2022/03-Sept-Nov", "# Term 03 - 2022 November - September", 18, "`November` (the folder: September)"),
])
def test_a_title_naming_another_term_is_reported(tmp_path, folder, title, column, said):
    found = _pl114(tmp_path, folder, title)
    assert [(line, col) for line, col, _ in found] == [(1, column)]
    assert said in found[0][2]


@pytest.mark.parametrize("folder, title", [
    ("2024/03-Sep-Nov", "# Term 03 - 2024 September - November"),  # d9adca67 onwards
    ("2022/03-Sept-Nov", "# Term 03 - 2022 September - November "),  # 12dc10b5
    ("2025/03-Sep-Nov", "# Term 03 - 2025 Sept - Nov"),  # cd5d784e
    ("2021/03-Fall", "## Q3 - Fall'2021"),  # cd5d784e
    ("2021/01-Spring", "## Q1"),
])
def test_the_folder_s_own_term_is_not_reported(tmp_path, folder, title):
    assert _pl114(tmp_path, folder, title) == []


# 1ef3df15 ("Fix Cycle Inconsistencies") deleted the first of these two lines of the 2021 Summer README
# (lfx-mentorship/2021/02-Summer/README.md at 0942358c, lines 44-48, under its title `## Q2`).
SUMMER_2021 = """## Q2

_Status: Completed_

### Timeline

**Spring Term: June 1st - August 31st**

Summer Term: June 1st - August 31st

- mentorships available on LFX Mentorship: May 3rd, 2021
"""


def test_a_term_line_naming_another_term_is_reported(tmp_path):
    found = _pl114(tmp_path, "2021/02-Summer", SUMMER_2021)
    assert [(line, col) for line, col, _ in found] == [(7, 3)]
    assert "`Spring` (the folder: term 2)" in found[0][2]
    assert "line 9 states the folder's term already: delete this line" in found[0][2]


@pytest.mark.parametrize("folder, line", [
    ("2021/02-Summer", "**Summer Term: June 1st - August 31st**"),  # 1ef3df15 onwards
    ("2021/03-Fall", "Fall Term: September 1st - November 31st"),  # cd5d784e
    ("2022/02-Summer", "### Summer Term: June 6th - August 31st"),  # cd5d784e
    ("2022/03-Sept-Nov", "#### Term 3: September 5th - November 30th"),  # cd5d784e
])
def test_a_term_line_naming_the_folder_s_term_is_not_reported(tmp_path, folder, line):
    assert _pl114(tmp_path, folder, f"## Timeline\n\n{line}\n") == []


def test_a_term_line_inside_code_is_not_read(tmp_path):
    assert _pl114(tmp_path, "2021/02-Summer", "## Timeline\n\n```\nSpring Term: March 1st - May 31st\n```\n") == []
