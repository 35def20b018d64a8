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
