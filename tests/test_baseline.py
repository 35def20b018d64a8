"""Adopting the linter on an old repository: `--baseline` / `--write-baseline`, and `--statistics`."""

from __future__ import annotations

import json

from click.testing import CliRunner
from gitrepo import proposal

from proposal_lint.commands.cli import cli

HEADER = "## Proposed Project ideas\n\n### Demo\n\n"


def _check(*args):
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_a_baseline_hides_old_findings_even_after_edits_above_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ideas = tmp_path / "ideas.md"
    ideas.write_text(HEADER + proposal("Old broken idea", outcome=False), encoding="utf-8")
    code, output = _check("--baseline", "baseline.json", "--write-baseline", "ideas.md")
    assert code == 0 and json.loads((tmp_path / "baseline.json").read_text())["findings"][0]["code"] == "PL201"
    ideas.write_text(HEADER + "An introduction.\n\nMore words.\n\n" + proposal("New broken idea", outcome=False)
                     + "\n" + proposal("Old broken idea", outcome=False), encoding="utf-8")
    code, output = _check("--baseline", "baseline.json", "ideas.md")
    assert code == 1
    assert [(d["code"], d["proposal"]) for d in json.loads(output)["diagnostics"]] == [("PL201", "New broken idea")]


def test_the_baseline_matches_files_relative_to_itself(tmp_path, monkeypatch):
    (tmp_path / "programs").mkdir()
    (tmp_path / "programs/ideas.md").write_text(HEADER + proposal("Broken", outcome=False), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _check("--baseline", "b.json", "--write-baseline", "programs")[0] == 0
    monkeypatch.chdir(tmp_path / "programs")
    assert _check("--baseline", "../b.json", "ideas.md")[0] == 0


def test_a_bad_baseline_is_an_input_error(tmp_path):
    (tmp_path / "b.json").write_text("[1, 2]")
    (tmp_path / "ideas.md").write_text(HEADER + proposal("Fine"), encoding="utf-8")
    code, output = _check("--baseline", str(tmp_path / "b.json"), str(tmp_path / "ideas.md"))
    assert code == 2 and "is not a proposal-lint baseline" in output
    assert "needs --baseline" in _check("--write-baseline", str(tmp_path / "ideas.md"))[1]


def test_statistics_count_findings_per_rule(tmp_path):
    ideas = tmp_path / "ideas.md"
    ideas.write_text(HEADER + proposal("A", outcome=False) + "\n" + proposal("B", outcome=False), encoding="utf-8")
    code, output = _check("--statistics", str(ideas))
    assert code == 1
    assert output.splitlines()[0].split() == ["2", "PL201", "[*]", "missing-field"]  # [*]: --fix can fix it
    assert output.splitlines()[-1].startswith("2 finding(s) in 1 file(s)")
