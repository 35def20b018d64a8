"""`proposal-lint check -`: standard input, reported and configured under `--stdin-filename`."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL

from proposal_lint.commands.cli import cli

BROKEN = CLEAN_PROPOSAL.replace("- Expected Outcome: e\n", "")


def _check(args, text: str | bytes) -> tuple[int, dict | str]:
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", *args], input=text)
    return result.exit_code, (json.loads(result.output) if result.output.startswith("{") else result.output)


def test_stdin_is_linted_under_its_stdin_filename():
    code, report = _check(["--stdin-filename", "programs/ideas.md", "-"], BROKEN)
    assert code == 1
    assert [(d["path"], d["code"], d["line"]) for d in report["diagnostics"]] == [("programs/ideas.md", "PL201", 3)]


def test_stdin_without_a_name_is_reported_as_stdin():
    code, report = _check(["-"], CLEAN_PROPOSAL)
    assert code == 0 and report["summary"]["files"] == 1 and report["summary"]["proposals"] == 1


def test_the_stdin_filename_picks_the_config_and_its_per_file_ignores(tmp_path, monkeypatch):
    (tmp_path / ".proposal-lint.toml").write_text('[per-file-ignores]\n"drafts/*.md" = ["PL201"]\n')
    monkeypatch.chdir(tmp_path)
    assert _check(["--stdin-filename", "drafts/idea.md", "-"], BROKEN)[0] == 0
    assert _check(["--stdin-filename", "final/idea.md", "-"], BROKEN)[0] == 1


def test_bad_bytes_on_stdin_are_an_input_diagnostic():
    code, report = _check(["--stdin-filename", "x.md", "-"], b"### Demo\n\xff\n")
    assert code == 2
    assert [(d["code"], d["line"]) for d in report["diagnostics"]] == [("PL002", 2)]


def test_stdin_usage_errors_exit_2():
    assert "add `-`" in _check(["--stdin-filename", "x.md", "other.md"], "")[1]
    assert "once" in _check(["-", "-"], "")[1]
    assert "cannot fix standard input" in _check(["--fix", "-"], "")[1]


def test_stdin_through_a_real_pipe():
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "text",
                           "--stdin-filename", "ideas.md", "-"], input=BROKEN.replace("\n", "\r\n").encode(),
                          capture_output=True, timeout=60)
    assert done.returncode == 1
    assert b"ideas.md:3:" in done.stdout and b"PL201" in done.stdout
