"""The pre-commit hooks, run through pre-commit itself (`pre-commit try-repo`) on a throwaway repository.

The repository under test is this working tree copied into a fresh commit (tracked and new files,
without ignored ones), so the test sees uncommitted work the way pre-commit would after a commit.
pre-commit installs the hook into its own virtualenv from that copy (try-repo uses a fresh
store every time, so nothing is reused between runs). The project's changes are staged, not
committed, and try-repo runs without `--files`: on the staged files, as `git commit` runs it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, needs
from gitrepo import GitRepo, copy_working_tree

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

FIXTURES = ROOT / "tests" / "pr_fixtures"
GSOC_2026 = SHARED / "cncf-mentoring-checkout" / "programs" / "summerofcode" / "2026.md"
TERM_FILE = "programs/summerofcode/2026.md"
DRASI_DESCRIPTION = "- This project connects two CNCF ecosystem projects: **Drasi**"
DRASI_ISSUE = "- Upstream Issue (URL): https://github.com/drasi-project/drasi-platform/issues/383"
DRASI_MENTOR = "  - Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) from Drasi - primary"
JAEGER_MENTORS = "- **Mentors:**\n  - Jonah Kowall"


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    return copy_working_tree(ROOT, tmp_path_factory.mktemp("hook-repo"))


def _try_repo(hook_repo: Path, project: GitRepo, files: dict[str, str], hook: str | None,
              unstaged: dict[str, str] | None = None) -> subprocess.Popen:
    """Stage `files` (then write `unstaged` over them) and start `pre-commit try-repo` on the staged files, as a
    commit would (`hook` None: every hook of the commit stage). Each run installs the hooks into a fresh store."""
    for name, text in files.items():
        path = project.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    project.git("add", "-A")
    for name, text in (unstaged or {}).items():
        (project.root / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(project.root.parent / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    return subprocess.Popen(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), *([hook] if hook else [])],
        cwd=project.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def _verdict(output: str, name: str) -> str:
    """`Passed` or `Failed`, as pre-commit prints it for the hook called `name`."""
    found = re.search(rf"^{re.escape(name)}\.+(Passed|Failed)$", output, re.MULTILINE)
    assert found, output
    return found[1]


def _term_file_repo(root: Path) -> tuple[GitRepo, str]:
    """A repository laid out like cncf/mentoring with GSoC 2026's ideas committed; and their text."""
    text = GSOC_2026.read_text(encoding="utf-8")
    project = GitRepo(root)
    project.commit({TERM_FILE: text}, "GSoC 2026 ideas")
    return project, text


def test_bad_proposal_fails_and_good_one_passes(hook_repo, tmp_path):
    # Both runs install the hook; they run side by side to halve the wait.
    bad = _try_repo(hook_repo, GitRepo(tmp_path / "bad"),
                    {"ideas.md": (FIXTURES / "bad.md").read_text(encoding="utf-8")}, "proposal-lint")
    good = _try_repo(hook_repo, GitRepo(tmp_path / "good"), {
        "ideas.md": (FIXTURES / "good.md").read_text(encoding="utf-8"),
        "README.md": "# About\n\nNo proposals here, so the hook skips this file quietly.\n",
    }, "proposal-lint")
    bad_output, good_output = bad.communicate()[0], good.communicate()[0]
    assert bad.returncode == 1, bad_output
    assert "PL201 error [missing-field]" in bad_output
    assert good.returncode == 0, good_output
    assert re.search(r"^proposal-lint\.+Passed$", good_output, re.MULTILINE) and "PL006" not in good_output


def test_link_hook_never_runs_on_an_ordinary_commit(hook_repo, tmp_path):
    run = _try_repo(hook_repo, GitRepo(tmp_path / "project"),
                    {"ideas.md": (FIXTURES / "bad.md").read_text(encoding="utf-8")}, "proposal-lint-links")
    output = run.communicate()[0]
    assert run.returncode == 1
    assert "No hook with id `proposal-lint-links` in stage `pre-commit`" in output


def _with_sentence(text: str) -> str:
    """The ideas with one sentence added to the Drasi idea's Description."""
    lines = text.split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith(DRASI_DESCRIPTION))
    lines[at] += " A walkthrough for new contributors is part of the work."
    return "\n".join(lines)


@needs(GSOC_2026, "cncf/mentoring's checkout (GSoC 2026 ideas)")
def test_a_mentor_is_judged_on_what_the_commit_changes(hook_repo, tmp_path):
    # GSoC 2026 carries 5 errors in three other projects' ideas; every hook of the commit stage runs.
    sentence_repo, text = _term_file_repo(tmp_path / "sentence")
    defect_repo, _ = _term_file_repo(tmp_path / "defect")
    assert DRASI_MENTOR in text and DRASI_ISSUE in text and JAEGER_MENTORS in text
    defective = (_with_sentence(text).replace(DRASI_MENTOR, "  - Aman Singh (@amansinghoriginal) from Drasi - primary")
                 .replace(DRASI_ISSUE, DRASI_ISSUE.replace(" (URL)", "")))
    # The defect left unstaged is not part of the commit: pre-commit stashes it, the hooks judge the staged text.
    sentence = _try_repo(hook_repo, sentence_repo, {TERM_FILE: _with_sentence(text)}, None, {TERM_FILE: defective})
    defect = _try_repo(hook_repo, defect_repo, {TERM_FILE: defective}, None)
    sentence_output, defect_output = sentence.communicate()[0], defect.communicate()[0]

    assert _verdict(sentence_output, "proposal-lint") == "Passed"
    assert _verdict(sentence_output, "proposal-lint (fix)") == "Passed"
    assert _verdict(sentence_output, "proposal-lint (whole files)") == "Failed"
    assert "5 error(s)" in sentence_output and sentence.returncode == 1
    assert (sentence_repo.root / TERM_FILE).read_text(encoding="utf-8") == defective  # restored, unfixed
    assert sentence_repo.git("show", f":{TERM_FILE}") == _with_sentence(text).rstrip("\n")  # the staged text

    assert defect.returncode == 1
    assert _verdict(defect_output, "proposal-lint") == "Failed"
    assert "PL302 error" in defect_output and "1 error(s)" in defect_output
    # The fixing hook fixed the Drasi idea's label and nothing in the other ideas (Jaeger's bold labels stay).
    assert _verdict(defect_output, "proposal-lint (fix)") == "Failed"
    assert "fixed PL203" in defect_output and "Fixed 1 problem(s) in 1 file(s)." in defect_output
    fixed = (defect_repo.root / TERM_FILE).read_text(encoding="utf-8")
    assert DRASI_ISSUE in fixed and JAEGER_MENTORS in fixed
    assert fixed == defective.replace(DRASI_ISSUE.replace(" (URL)", ""), DRASI_ISSUE)
