"""Which files a directory stands for: hidden folders, .gitignore, `exclude` / `extend-exclude` / `--exclude`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL
from gitrepo import GitRepo

from proposal_lint.cli import cli
from proposal_lint.config import ConfigError, load_config

BROKEN = CLEAN_PROPOSAL.replace("- Expected Outcome: e\n", "")


def _write(root, names):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BROKEN, encoding="utf-8")


def _paths_of(output: str) -> list[str]:
    """The files a JSON report has findings in (every file written here has one)."""
    return sorted({d["path"] for d in json.loads(output)["diagnostics"]})


@pytest.fixture
def tree(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    _write(root, ["docs/ideas.md", "drafts/old.md", ".github/ISSUE.md", "node_modules/pkg/README.md"])
    monkeypatch.chdir(root)
    return root


def test_hidden_folders_and_node_modules_are_skipped_outside_git(tree):
    assert _paths_of(_run(".")) == ["docs/ideas.md", "drafts/old.md"]


def test_gitignored_files_are_skipped_in_a_git_work_tree(tree):
    (tree / ".gitignore").write_text("drafts/\n")
    GitRepo(tree).commit({"tracked.md": BROKEN})
    _write(tree, ["untracked/new.md"])
    assert _paths_of(_run(".")) == ["docs/ideas.md", "tracked.md", "untracked/new.md"]


def test_exclude_keys_and_flags(tree):
    (tree / ".proposal-lint.toml").write_text('extend-exclude = ["drafts/"]\n')
    assert _paths_of(_run(".")) == ["docs/ideas.md"]
    assert _paths_of(_run("--extend-exclude", "docs/*.md", ".")) == []
    assert _paths_of(_run("--exclude", "docs/", ".")) == ["node_modules/pkg/README.md"]
    assert _paths_of(_run("--isolated", "--exclude", "*.md", "docs/ideas.md")) == []  # a named file too


def test_exclude_must_be_a_list_of_strings(tmp_path):
    (tmp_path / ".proposal-lint.toml").write_text("exclude = 'drafts/'\n")
    with pytest.raises(ConfigError, match="`exclude`: expected a list of strings"):
        load_config(str(tmp_path / ".proposal-lint.toml"))


def _run(*args) -> str:
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", "--fail-on", "never", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output
