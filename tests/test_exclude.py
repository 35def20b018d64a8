"""Which files a directory stands for: hidden folders, .gitignore, `exclude` / `extend-exclude` / `--exclude`."""

from __future__ import annotations

import json
import subprocess
import sys

import pathspec
import pytest
from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL
from gitrepo import GitRepo
from hypothesis import example, given, settings
from hypothesis import strategies as st

from proposal_lint.commands.cli import cli
from proposal_lint.commands.config import DEFAULT_EXCLUDE, ConfigError, Settings, not_excluded, load_config

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


def test_an_invalid_exclude_pattern_is_a_usage_error(tree):
    result = CliRunner().invoke(cli, ["check", "--offline", "--exclude", "!", "docs/ideas.md"])
    assert result.exit_code == 2 and "not a gitignore pattern" in result.output


def _run(*args) -> str:
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", "--fail-on", "never", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _valid_pattern(pattern: str) -> bool:
    try:
        pathspec.GitIgnoreSpec.from_lines([pattern])
    except ValueError:  # pathspec refuses it (GitIgnorePatternError)
        return False
    return True


NAMES = ["node_modules", "venv", ".venv", "docs", "x", ".", "..", "..."]
PATTERNS = st.builds(lambda before, name, after: before + name + after,  # plain names and globs built on them
                     st.sampled_from(["", "", "", "!", "/", "\\", "#", "**/", "docs/", "x/", " ", "*"]),
                     st.sampled_from(NAMES),
                     st.sampled_from(["", "", "/", "/", "*", "?", " ", "/**", "[s.]", "\\", "/x", ".md"])).filter(_valid_pattern)
PARTS = st.sampled_from([name for name in NAMES if name not in (".", "..")] + ["b", "venvs", "venv ", "x.md"])
PATHS = st.builds(lambda up, parts: "../" * up + "/".join(parts),  # normalized, as they are matched
                  st.integers(0, 2), st.lists(PARTS, min_size=1, max_size=4))


@pytest.mark.slow
@settings(max_examples=400)
@example(patterns=["venv?"], paths=["venvs/a.md"]).via("a glob character")
@example(patterns=["venv[s]/"], paths=["venvs/a.md"]).via("a glob character")
@given(patterns=st.one_of(st.just(list(DEFAULT_EXCLUDE)), st.lists(PATTERNS, min_size=1, max_size=3)),
       paths=st.lists(PATHS, min_size=1, max_size=8))
def test_exclusion_is_pathspecs_gitignore_verdict(patterns, paths):
    """Plain-name patterns are checked without pathspec where no part of a path has their name;
    every verdict must still be pathspec's own."""
    spec = pathspec.GitIgnoreSpec.from_lines(patterns)
    expected = [path for path in paths if not spec.match_file(path)]
    assert not_excluded(paths, Settings(exclude=patterns), Settings(), ".") == expected


def test_default_excludes_need_no_pathspec_when_no_folder_has_their_name():
    probe = ("import sys; from proposal_lint.commands.config import Settings, not_excluded; "
             "kept = not_excluded(['docs/ideas.md', 'venv.md', 'a/vendored/b.md'], Settings(), Settings(), '.'); "
             "print(kept, 'pathspec' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["['docs/ideas.md',", "'venv.md',", "'a/vendored/b.md']", "False"]
