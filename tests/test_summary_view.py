"""`summary` as people read it: one row per proposal at 100 columns, issues as `owner/repo#N`, no styling
under NO_COLOR or TERM=dumb, and a word on why upstream states are unknown when the network is down."""

from __future__ import annotations

import io
import re

import pytest
from conftest import CLEAN_PROPOSAL
from links_servers import closed_port
from rich.cells import cell_len
from rich.console import Console
from test_terminal_width import _run_at_terminal

from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.engine.lint import lint_paths
from proposal_lint.reporting.formats.summary import to_rich, to_text
from proposal_lint.reporting.term_view import term_views
from proposal_lint.rules.context import Options

LONG_TITLE = "Rebuilding the Documentation for Multi-Version Support with Docusaurus and Versioned Search"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _term(tmp_path, issues=("https://github.com/cloudnative-pg/cloudnative-pg/issues/8122",)):
    """A term file: one project, a proposal with a long title per upstream issue."""
    proposals = [CLEAN_PROPOSAL.replace("### Demo\n\n", "").replace("A title", f"{LONG_TITLE} {n}")
                 .replace("https://github.com/demo/demo/issues/1", issue) for n, issue in enumerate(issues)]
    path = tmp_path / "ideas.md"
    path.write_text("### Demo\n\n" + "\n".join(proposals), encoding="utf-8")
    return path


def test_the_text_table_fits_100_columns_with_one_line_per_proposal(tmp_path):
    views = term_views(lint_paths([str(_term(tmp_path, ["https://github.com/cloudnative-pg/cloudnative-pg/issues/8122"] * 2))],
                                  Options(offline=True)))
    lines = to_text(views).splitlines()[1:]  # below the term's name (here the file's path)
    assert max(map(cell_len, lines)) <= 100
    rows = [line for line in lines if LONG_TITLE[:30] in line]
    assert len(rows) == 2 and all("…" in row and re.search(r"\bunknown\s+empty\s+0\s+[01]$", row) for row in rows)
    assert all("/cloudnative-pg#8122" in row for row in rows)
    assert "https://" not in "\n".join(lines)
    narrow = to_text(views, 80).splitlines()[1:]
    assert max(map(cell_len, narrow)) <= 80 and len(narrow) == len(lines) + 1  # the totals take one line more


def test_the_rich_table_keeps_one_row_per_proposal_and_the_issue_number_at_100_columns(tmp_path):
    views = term_views(lint_paths([str(_term(tmp_path))], Options(offline=True)))
    out = io.StringIO()
    to_rich(views, Console(file=out, width=100))
    lines = out.getvalue().splitlines()
    assert max(map(cell_len, lines)) <= 100
    (row,) = [line for line in lines if LONG_TITLE[:30] in line]  # the title is not wrapped
    assert "#8122" in row and "https://…" not in out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_and_a_dumb_terminal_get_no_styling(tmp_path, env):
    _term(tmp_path)
    out = _run_at_terminal(tmp_path, 100, ["ideas.md"], env, command=("summary", "--offline", "--isolated"))
    assert "\x1b[" not in out
    assert LONG_TITLE[:30] in out and max(map(cell_len, out.splitlines())) <= 100
    styled = _run_at_terminal(tmp_path, 100, ["ideas.md"], {"TERM": "xterm"}, command=("summary", "--offline", "--isolated"))
    assert "\x1b[" in styled and ANSI.sub("", styled) != out  # the rich table, with bold project rows


@pytest.mark.slow
def test_without_network_the_summary_says_why_states_are_unknown(tmp_path):
    path = _term(tmp_path, [f"http://127.0.0.1:{closed_port()}/o/r/issues/{n}" for n in range(2)])
    report = lint_paths([str(path)], Options(offline=False, links=LinkSettings(allow_private_hosts=True, use_cache=False)))
    (view,) = term_views(report)
    assert view.network_down and {row.upstream_state for row in view.proposals} == {"unknown"}
    text = " ".join(to_text([view]).split())
    assert "upstream issue state unknown: network unavailable" in text and "--offline" in text
