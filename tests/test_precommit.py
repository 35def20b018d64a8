"""The pre-commit hooks, run through pre-commit itself (`pre-commit try-repo`) on a throwaway repository.

The repository under test is this working tree copied into a fresh commit (tracked and new files,
without ignored ones), so the test sees uncommitted work the way pre-commit would after a commit.
pre-commit installs the hook into its own virtualenv from that copy (try-repo uses a fresh
store every time, so nothing is reused between runs).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from gitrepo import GitRepo, copy_working_tree

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

FIXTURES = ROOT / "tests" / "pr_fixtures"


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    return copy_working_tree(ROOT, tmp_path_factory.mktemp("hook-repo"))


def _try_repo(hook_repo: Path, project: GitRepo, files: dict[str, str], hook: str) -> subprocess.Popen:
    """Start `pre-commit try-repo` (each run installs the hook into a fresh temporary store)."""
    project.commit(files)
    env = {**os.environ, "PRE_COMMIT_HOME": str(project.root.parent / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    return subprocess.Popen(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--files", *files],
        cwd=project.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


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
