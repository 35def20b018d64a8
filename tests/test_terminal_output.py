"""What a person at a terminal sees: `--color`, FORCE_COLOR, the checks the summary lists, PL401's suggestion."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL

from proposal_lint.commands.cli import cli
from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_text, lint_sources
from proposal_lint.reporting.formats import get_reporter
from proposal_lint.reading.source import Source

BROKEN = CLEAN_PROPOSAL.replace("- Expected Outcome: e\n", "")
ESC = "\x1b["


def _text(*args, env=None) -> str:
    result = CliRunner().invoke(cli, ["check", "--offline", "--isolated", *args, "-"], input=BROKEN,
                                env={"NO_COLOR": None, "FORCE_COLOR": None, "GITHUB_ACTIONS": None, **(env or {})})
    return result.output


def test_color_flag_and_force_color():
    assert ESC not in _text()  # not a terminal
    assert ESC in _text("--color", "always")
    assert ESC in _text("--color", "always", "--format", "text")
    assert ESC in _text(env={"FORCE_COLOR": "1"})
    assert ESC not in _text("--color", "never", env={"FORCE_COLOR": "1"})
    assert "PL201" in _text("--color", "always")


def test_summary_lists_only_the_checks_that_ran():
    report = lint_sources([Source("ideas.md", CLEAN_PROPOSAL)], Options(offline=True))
    summary = get_reporter("markdown")(report)
    assert "PL317" not in summary and "PL318" not in summary and "PL410" not in summary
    assert "**PL201** missing-field: passed" in summary
    heading = next(line for line in summary.splitlines() if line.startswith("### Checks:"))
    assert "not run (no --mentor-registry)" in heading and "not run (offline)" in heading


def test_upstream_issue_reference_suggests_an_issue_url():
    text = CLEAN_PROPOSAL.replace("https://github.com/demo/demo/issues/1", "github.com/foo/bar#12")
    [found] = [d for d in lint_text(text) if d.code == "PL401"]
    assert found.message.endswith("write it as https://github.com/foo/bar/issues/12")


def test_findings_fix_can_fix_are_marked_and_only_those(tmp_path):
    path = tmp_path / "ideas.md"
    path.write_text(CLEAN_PROPOSAL.replace("- Expected Outcome: e\n", "").replace("- Upstream Issue:", "- Issue:"),
                    encoding="utf-8")
    output = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--format", "text", str(path)]).output
    marked = [line for line in output.splitlines() if "[*]" in line and ": PL" in line]
    assert [line.split()[1] for line in marked] == ["PL203"]  # the label; the missing field has no fix
    assert output.splitlines()[-1].endswith("[*] 1 fixable with --fix")
    CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--fix", str(path)])
    after = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--format", "text", str(path)]).output
    assert "PL203" not in after and "[*]" not in after
