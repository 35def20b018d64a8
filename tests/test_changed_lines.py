"""Diff mode: only proposals the change touched are reported; every proposal is still checked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from gitrepo import GitRepo, proposal

from proposal_lint.commands.cli import cli
from proposal_lint.reporting.changed_lines import DiffError, changed_lines, parse_diff

HEADER = "## Proposed Project ideas\n\n### Demo\n\n"


@pytest.fixture
def repo(tmp_path):
    """Base: two proposals, the second missing a field. Head: a third, also missing one, plus an edit to the first."""
    repo = GitRepo(tmp_path / "repo")
    old = HEADER + proposal("Old clean idea") + "\n" + proposal("Old broken idea", outcome=False)
    repo.base = repo.commit({"programs/ideas.md": old, "programs/other.md": HEADER + proposal("Untouched", False)})
    new = old + "\n" + proposal("New broken idea", outcome=False)
    repo.head = repo.commit({"programs/ideas.md": new}, "add a proposal")
    return repo


def _check(args) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, (json.loads(result.output) if result.output.startswith("{") else result.output)


def test_parse_diff_reads_added_changed_and_deleted_lines(tmp_path):
    diff = (
        "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n"
        "@@ -3 +3 @@\n-a\n+b\n@@ -10,2 +9,0 @@\n-c\n-d\n@@ -20,0 +21,3 @@\n+e\n+f\n+g\n"
        "diff --git a/gone.md b/gone.md\n--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
        '--- a/"sp\\303\\251cial.md"\n+++ "b/sp\\303\\251cial.md"\n@@ -0,0 +1 @@\n+new\n'
    )
    changed = parse_diff(diff, str(tmp_path))
    assert changed == {
        str(tmp_path / "x.md"): frozenset({3, 9, 21, 22, 23}),
        str(tmp_path / "spécial.md"): frozenset({1}),
    }


def test_diff_mode_reports_only_the_touched_proposal(repo, monkeypatch):
    monkeypatch.chdir(repo.root / "programs")  # a subdirectory of the work tree
    status, full = _check(["ideas.md", "other.md"])
    assert status == 1
    assert {d["proposal"] for d in full["diagnostics"] if d["code"] == "PL201"} == {
        "Old broken idea", "New broken idea", "Untouched"}
    status, narrowed = _check(["--diff-base", repo.base, "ideas.md", "other.md"])
    assert status == 1
    assert [(d["code"], d["proposal"]) for d in narrowed["diagnostics"]] == [("PL201", "New broken idea")]
    assert narrowed["summary"]["files"] == 1 and narrowed["summary"]["proposals"] == 1


def test_diff_mode_passes_when_the_change_is_clean(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    repo.commit({"programs/ideas.md": (repo.root / "programs/ideas.md").read_text() + "\n" + proposal("Fine idea")})
    status, report = _check(["--diff-base", repo.head, "programs"])
    assert status == 0 and report["diagnostics"] == []
    assert report["summary"]["proposals"] == 1


def test_cross_proposal_rules_still_see_untouched_proposals(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    ideas = repo.root / "programs/ideas.md"
    repo.commit({"programs/ideas.md": ideas.read_text() + "\n" + proposal("Old clean idea")})
    _, report = _check(["--diff-base", repo.head, "programs/ideas.md"])
    lines = ideas.read_text().splitlines()
    last = len(lines) - lines[::-1].index("#### Old clean idea")
    assert ("PL104", last) in [(d["code"], d["line"]) for d in report["diagnostics"]]
    assert all(d["line"] >= last for d in report["diagnostics"])


def test_deleting_a_line_touches_its_proposal(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    ideas = repo.root / "programs/ideas.md"
    repo.commit({"programs/ideas.md": ideas.read_text().replace("- Recommended Skills: Go\n", "", 1)})
    changed = changed_lines(repo.head, ["programs/ideas.md"])
    status, report = _check(["--diff-base", repo.head, "programs/ideas.md"])
    assert len(changed[str(ideas.resolve())]) == 1
    assert {(d["code"], d["proposal"]) for d in report["diagnostics"]} == {("PL201", "Old clean idea")}


def test_unknown_revision_is_a_clear_input_error(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    result = CliRunner().invoke(cli, ["check", "--offline", "--diff-base", "no-such-branch", "programs"])
    assert result.exit_code == 2
    assert "unknown git revision 'no-such-branch'" in result.output and "git fetch" in result.output
    with pytest.raises(DiffError, match="unknown git revision '-x'"):
        changed_lines("-x", [str(repo.root)])


def test_outside_a_git_work_tree_is_a_clear_input_error(tmp_path, monkeypatch):
    (tmp_path / "ideas.md").write_text(HEADER + proposal("Lonely idea"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = CliRunner().invoke(cli, ["check", "--offline", "--diff-base", "main", "ideas.md"])
    assert result.exit_code == 2
    assert "not in a git work tree" in result.output


def test_network_outage_survives_diff_mode_when_the_first_link_is_untouched(tmp_path, monkeypatch):
    """PL416 sits on the file's first link; a change to a later proposal must still see it."""
    from links_servers import closed_port, proposal_file

    port = closed_port()
    repo = GitRepo(tmp_path / "repo")
    text = proposal_file([f"http://127.0.0.1:{port}/issue/{n}" for n in range(2)])
    base = repo.commit({"ideas.md": text})
    repo.commit({"ideas.md": text.rstrip("\n") + "\n- Note: a change to the last proposal only.\n"})
    monkeypatch.chdir(repo.root)
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--allow-private-hosts", "--no-cache",
                                      "--diff-base", base, "ideas.md"], catch_exceptions=False)
    report = json.loads(result.output)
    assert [d["code"] for d in report["diagnostics"] if d["code"] == "PL416"] == ["PL416"]
    assert "2 links not verified" in report["diagnostics"][0]["message"]


def test_uncommitted_edits_and_untracked_files_count_as_changed(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    ideas = repo.root / "programs/ideas.md"
    ideas.write_text(ideas.read_text() + "\n" + proposal("Uncommitted broken idea", outcome=False))
    (repo.root / "programs/new.md").write_text(HEADER + proposal("Untracked broken idea", outcome=False))
    status, report = _check(["--diff-base", "HEAD", "programs"])
    assert status == 1
    assert sorted(d["proposal"] for d in report["diagnostics"]) == ["Uncommitted broken idea", "Untracked broken idea"]


def test_a_changed_file_that_is_not_utf8_does_not_stop_diff_mode(repo, monkeypatch):
    """A Latin-1 file elsewhere in the change (and a textconv driver that would fail on it) are not read."""
    monkeypatch.chdir(repo.root)
    (repo.root / "notes.txt").write_bytes("caf\xe9 cr\xe8me\n".encode("latin-1"))
    (repo.root / ".gitattributes").write_text("*.txt diff=broken\n")
    repo.git("config", "diff.broken.textconv", "false")
    repo.commit({"programs/ideas.md": (repo.root / "programs/ideas.md").read_text() + "\n" + proposal("Late idea", False)})
    (repo.root / "notes.txt").write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e\n".encode("latin-1"))
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", "--diff-base", repo.base, "programs"])
    assert result.exit_code == 1, result.output
    assert {d["proposal"] for d in json.loads(result.output)["diagnostics"]} == {"New broken idea", "Late idea"}
    changed = changed_lines(repo.base, [str(repo.root)])
    assert changed[str((repo.root / "notes.txt").resolve())] == frozenset({1})


def test_only_the_paths_given_are_diffed(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    (repo.root / "elsewhere.md").write_text("new\n")
    changed = changed_lines(repo.base, ["programs"])
    assert set(changed) == {str((repo.root / "programs/ideas.md").resolve())}


def test_an_added_line_that_looks_like_a_header_is_content():
    diff = "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n@@ -0,0 +1,2 @@\n+++ b/y.md\n+@@ -1 +50 @@\n"
    assert parse_diff(diff, "/top") == {"/top/x.md": frozenset({1, 2})}


def test_the_fetch_hint_names_the_remote_and_its_branch(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    repo.git("remote", "add", "origin", "https://example.invalid/r.git")
    result = CliRunner().invoke(cli, ["check", "--offline", "--diff-base", "origin/main", "programs"])
    assert result.exit_code == 2 and "`git fetch origin main`" in result.output
    result = CliRunner().invoke(cli, ["check", "--offline", "--diff-base", "v1.0", "programs"])
    assert "`git fetch origin v1.0`" in result.output


def test_standard_input_is_diffed_as_its_stdin_filename(repo, monkeypatch):
    monkeypatch.chdir(repo.root)
    text = (repo.root / "programs/ideas.md").read_text()
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", "--diff-base", repo.base,
                                      "--stdin-filename", "programs/ideas.md", "-"], input=text)
    assert [d["proposal"] for d in json.loads(result.output)["diagnostics"]] == ["New broken idea"]


def test_fix_in_diff_mode_fixes_only_the_touched_proposals(tmp_path, monkeypatch):
    def idea(title: str) -> str:
        return proposal(title).replace("- Mentor(s):", "- Mentors:")  # PL203, fixable

    project = GitRepo(tmp_path / "repo")
    old = HEADER + idea("Old idea")
    base = project.commit({"ideas.md": old})
    project.commit({"ideas.md": old + "\n" + idea("New idea")})
    monkeypatch.chdir(project.root)
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", "--fix", "--diff-base", base,
                                      "ideas.md"])
    status, report = result.exit_code, json.loads(result.stdout)
    assert "fixed PL203" in result.stderr
    assert (project.root / "ideas.md").read_text() == old + "\n" + proposal("New idea")
    assert status == 0 and report["diagnostics"] == [] and report["summary"]["proposals"] == 1


def test_head_before_the_first_commit_counts_every_file_as_new(tmp_path, monkeypatch):
    project = GitRepo(tmp_path / "fresh")
    text = HEADER + proposal("Staged broken idea", outcome=False)
    (project.root / "ideas.md").write_text(text)
    project.git("add", "ideas.md")
    monkeypatch.chdir(project.root)
    lines = frozenset(range(1, len(text.splitlines()) + 1))
    assert changed_lines("HEAD", ["ideas.md"]) == {str((project.root / "ideas.md").resolve()): lines}
    status, report = _check(["--diff-base", "HEAD", "ideas.md"])
    assert status == 1 and [d["proposal"] for d in report["diagnostics"]] == ["Staged broken idea"]
