"""The CLI's output choices: --format auto, --output, --report FORMAT=PATH, --skip-non-proposal-files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT

from proposal_lint.commands.cli import cli

GOOD = str(ROOT / "tests" / "pr_fixtures" / "good.md")
BAD = str(ROOT / "tests" / "pr_fixtures" / "bad.md")


def _run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, ["check", "--offline", *args], env=env, catch_exceptions=False)


def test_auto_on_github_actions_prints_text_then_annotations():
    result = _run(BAD, env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    text, annotations = result.output.split("::error ", 1)
    assert "PL201 error [missing-field]" in text
    assert annotations.startswith("file=") and "title=PL201 missing-field::" in annotations


def test_auto_elsewhere_is_plain_text_without_annotations():
    result = _run(BAD, env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 1
    assert "PL201 error [missing-field]" in result.output and "::error" not in result.output
    assert "\x1b[" not in result.output


def test_output_and_reports_write_files(tmp_path):
    sarif, summary, main = tmp_path / "out.sarif", tmp_path / "summary.md", tmp_path / "report.json"
    result = _run("--format", "json", "--output", str(main), "--report", f"sarif={sarif}",
                  "--report", f"markdown={summary}", BAD)
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(main.read_text())["summary"]["errors"] >= 1
    assert json.loads(sarif.read_text())["runs"][0]["results"][0]["ruleId"] == "PL201"
    assert summary.read_text().startswith("## proposal-lint")


@pytest.mark.parametrize("value, message", [
    ("sarif", "is not FORMAT=PATH"),
    ("yaml=out.yml", "unknown format 'yaml'"),
    ("auto=out.txt", "unknown format 'auto'"),
])
def test_bad_report_option_is_a_usage_error(value, message):
    result = _run("--report", value, GOOD)
    assert result.exit_code == 2 and message in result.output


def test_unwritable_output_is_an_input_error(tmp_path):
    result = _run("--output", str(tmp_path / "missing" / "dir" / "out.txt"), GOOD)
    assert result.exit_code == 2 and "cannot write report" in result.output


def test_skip_non_proposal_files_drops_other_markdown(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("- Description: stray\n- Upstream Issue: none\n\n# About this repository\n", encoding="utf-8")
    plain = _run("--format", "json", str(readme), GOOD)
    assert [d["code"] for d in json.loads(plain.output)["diagnostics"]] == ["PL006"]
    skipped = _run("--format", "json", "--skip-non-proposal-files", str(readme), GOOD)
    report = json.loads(skipped.output)
    assert skipped.exit_code == 0 and report["diagnostics"] == [] and report["summary"]["files"] == 1


def test_real_process_prints_github_annotations_and_fails():
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "github", BAD],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout.startswith("::error file=") and "title=PL201 missing-field::" in done.stdout


def test_concise_is_one_line_per_finding_as_ruff_writes_it():
    report = json.loads(_run("--format", "json", BAD).stdout)["diagnostics"]
    result = _run("--format", "concise", BAD)
    assert result.exit_code == 1 and report
    assert result.stdout.splitlines() == [
        f"{d['path']}:{d['line']}:{d['column']}: {d['code']} [{d['name']}] {d['message']}" for d in report]
    assert _run("--format", "concise", GOOD).stdout == ""
    assert "concise" in CliRunner().invoke(cli, ["check", "--help"]).output
