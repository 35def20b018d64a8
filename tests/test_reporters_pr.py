"""The pull-request reporters: GitHub workflow commands, SARIF 2.1.0 and the Markdown summary."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL, ROOT, SCHEMAS, needs_schemas

from proposal_lint.commands.cli import cli
from proposal_lint.core.diagnostics import Diagnostic, Severity
from proposal_lint.engine.lint import Options, lint_paths
from proposal_lint.engine.report import Report
from proposal_lint.reading.parser import parse_document
from proposal_lint.rules.table import Rule
from proposal_lint.reporting.formats import get_reporter, markdown
from proposal_lint.reporting.sinks.runner import escape_data, escape_property

GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"

PROPOSALS = """\
### Demo | Tools

#### Widgets <b>dashboard</b>

- Description: d
- Expected Outcome: e
- Recommended Skills: s
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/o/r/issues/1

#### Second idea

- Description: d
- Mentor(s):
- Upstream Issue: see #12
"""


def _diagnostic(line, column, end_column, code, name, severity, message, proposal=None, end_line=None):
    return Diagnostic(
        "ideas.md", line, column, end_line or line, end_column, code, name, severity, message,
        project="Demo | Tools" if proposal else None, proposal=proposal,
    )


def _report(diagnostics, options=Options(offline=True)) -> Report:
    document = parse_document(PROPOSALS, "ideas.md")
    return Report(diagnostics=diagnostics, documents=[document], files=1, options=options)


def _many(count: int, severity: Severity, code: str) -> list[Diagnostic]:
    return [_diagnostic(n, 1, 2, code, "some-rule", severity, f"problem {n}; fix it") for n in range(1, count + 1)]


def test_escaping_follows_githubs_rules():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_format_matches_golden_file():
    diagnostics = [
        _diagnostic(13, 1, 16, "PL201", "missing-field", Severity.ERROR,
                    "proposal `Second idea` has no `Expected Outcome` field; add `- Expected Outcome:`", "Second idea"),
        _diagnostic(16, 3, 11, "PL301", "no-mentors", Severity.WARNING,
                    "no mentor listed: 100% of proposals need one,\nadd `  - Name (@handle, email)`", "Second idea"),
        _diagnostic(17, 19, 25, "PL401", "issue-url", Severity.INFO, "write a full URL: https://…", "Second idea"),
    ]
    assert get_reporter("github")(_report(diagnostics)) == (GOLDEN / "github.txt").read_text(encoding="utf-8")


def test_github_format_puts_errors_first_and_reports_what_github_would_drop():
    report = _report(_many(3, Severity.INFO, "PL502") + _many(12, Severity.WARNING, "PL203") + _many(11, Severity.ERROR, "PL201"))
    lines = get_reporter("github")(report).splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 3 + ["::notice"]
    assert lines[-1].startswith("::notice title=proposal-lint::3 more finding(s)")
    assert "step summary" in lines[-1]


def test_github_format_keeps_a_notice_slot_for_the_final_notice():
    report = _report(_many(11, Severity.ERROR, "PL201") + _many(10, Severity.INFO, "PL502"))
    lines = get_reporter("github")(report).splitlines()
    assert sum(line.startswith("::notice file=") for line in lines) == 9
    assert lines[-1].startswith("::notice title=proposal-lint::2 more finding(s)")


def test_github_format_adds_no_notice_when_nothing_is_dropped():
    lines = get_reporter("github")(_report(_many(10, Severity.ERROR, "PL201"))).splitlines()
    assert len(lines) == 10 and all(line.startswith("::error file=ideas.md,line=") for line in lines)


def _validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


@needs_schemas
def test_sarif_output_is_valid_sarif_2_1_0_for_the_real_seeds(real_files):
    report = lint_paths([str(p) for p in real_files], Options(offline=True))
    sarif = json.loads(get_reporter("sarif")(report))
    errors = sorted(_validator().iter_errors(sarif), key=str)
    assert errors == [], errors[:3]
    run = sarif["runs"][0]
    assert len(sarif["runs"]) == 1 and len(run["results"]) == len(report.diagnostics) > 0
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert rule["helpUri"].endswith(f"/rules/{rule['id']}.md")


def _one_result_sarif(tmp_path) -> dict:
    diagnostic = Diagnostic(str(tmp_path / "dir with space" / "ideas.md"), 3, 6, 3, 10, "PL201", "missing-field",
                            Severity.ERROR, "add it")
    return json.loads(get_reporter("sarif")(Report(diagnostics=[diagnostic])))


@needs_schemas
def test_sarif_of_one_result_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert not list(_validator().iter_errors(_one_result_sarif(tmp_path)))


def test_sarif_regions_use_an_exclusive_end_column_and_relative_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sarif = _one_result_sarif(tmp_path)
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "dir%20with%20space/ideas.md"
    assert location["region"] == {"startLine": 3, "startColumn": 6, "endLine": 3, "endColumn": 11}
    assert sarif["runs"][0]["results"][0]["level"] == "error"


FIXED_RULES = (
    Rule("PL101", "missing-project-heading", Severity.ERROR, "A proposal has no project heading"),
    Rule("PL201", "missing-field", Severity.ERROR, "A required field is missing"),
    Rule("PL301", "no-mentors", Severity.WARNING, "No mentor listed"),
    Rule("PL401", "dead-link", Severity.WARNING, "A link does not resolve", network=True),
    Rule("PL502", "mojibake", Severity.WARNING, "Text decoded with the wrong encoding"),
)


def test_markdown_format_matches_golden_file(monkeypatch):
    monkeypatch.setattr(markdown, "all_rules", lambda: FIXED_RULES)
    diagnostics = [
        _diagnostic(1, 1, 1, "PL502", "mojibake", Severity.WARNING, "mojibake `donâ€™t`; write `don’t`")._replace(
            fixable=True),
        _diagnostic(13, 6, 16, "PL201", "missing-field", Severity.ERROR,
                    "proposal `Second idea` has no `Expected Outcome` field; add `- Expected Outcome:`", "Second idea"),
        _diagnostic(16, 3, 11, "PL301", "no-mentors", Severity.WARNING,
                    "no mentor listed; ask @someone | to add `- Name (@handle, email)` <here>", "Second idea"),
    ]
    assert markdown.render(_report(diagnostics)) == (GOLDEN / "summary.md").read_text(encoding="utf-8")


def test_markdown_of_no_file_says_so_in_one_line():
    text = markdown.render(Report(options=Options(offline=True)))
    assert text == "## proposal-lint\n\n✅ No proposal files checked.\n"


@needs_schemas
def test_sarif_of_no_file_is_valid_and_empty():
    sarif = json.loads(get_reporter("sarif")(Report()))
    assert not list(_validator().iter_errors(sarif)) and sarif["runs"][0]["results"] == []


def test_markdown_report_gives_the_command_that_fixes_the_fixable_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my ideas.md").write_text(CLEAN_PROPOSAL.replace("- Mentor(s):", "- Mentors:"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "markdown", "my ideas.md"])
    assert "**PL203** non-template-label `[*]`" in result.output
    assert "fixed automatically: run `proposal-lint check --fix 'my ideas.md'` locally" in result.output


@pytest.mark.parametrize("text, expected", [
    ("a | b", "a \\| b"),
    ("<img src=x>", "\\<img src=x\\>"),
    ("ping @jane", "ping @\u200bjane"),
    ("two\nlines", "two lines"),
])
def test_markdown_escapes_user_text(text, expected):
    assert markdown.escape(text) == expected


def test_markdown_keeps_code_spans_and_an_unpaired_backtick():
    assert markdown.message("write `a|b` <now>") == "write `a|b` \\<now\\>"
    assert markdown.message("odd ` tick") == "odd \\` tick"


def test_markdown_counts_passed_checks_for_a_clean_file():
    text = markdown.render(lint_paths([str(ROOT / "tests" / "pr_fixtures" / "good.md")], Options(offline=True)))
    assert "✅ passed |" in text
    heading = next(line for line in text.splitlines() if line.startswith("### Checks: "))
    assert " 0 failed" in heading and int(heading.split()[2]) > 10
