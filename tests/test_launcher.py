"""`--version` and the top-level `--help` without click: the same bytes click prints (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from proposal_lint.commands.cli import cli
from proposal_lint.launcher import HELP_FILE, quick_answer

REGENERATE = "COLUMNS=80 python -m proposal_lint.commands.cli --help > src/proposal_lint/help.txt"


def _click_says(args: list[str], columns: int = 80) -> str:
    result = CliRunner().invoke(cli, args, prog_name="proposal-lint", terminal_width=columns)
    assert result.exit_code == 0, result.output
    return result.output


def test_shipped_help_is_what_click_prints():
    with open(HELP_FILE, encoding="utf-8") as file:
        shipped = file.read()
    assert shipped == _click_says(["--help"]), f"the command group changed; regenerate help.txt: {REGENERATE}"


def test_version_is_what_click_prints():
    assert quick_answer(["--version"]) == _click_says(["--version"])


@pytest.mark.parametrize("args", [["--version", "--help"], ["check", "--help"], ["--help", "check"], [], ["-V"]])
def test_other_command_lines_are_left_to_click(args):
    assert quick_answer(args) is None


def _launch(args: list[str], columns: int) -> subprocess.CompletedProcess:
    probe = ("import sys; from proposal_lint.launcher import run; sys.argv[1:] = sys.argv[2:]; run(); "
             "print('click imported' if 'click' in sys.modules else '', file=sys.stderr)")
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-c", probe, "proposal-lint", *args], env=env, capture_output=True,
                          text=True, timeout=60, check=True)


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--version"]])
def test_a_real_process_answers_without_click_on_a_wide_terminal(args):
    done = _launch(args, 120)
    assert (done.stdout, done.stderr.strip()) == (_click_says(args), "")


def test_a_narrow_terminal_gets_clicks_own_wrapping():
    narrow = _launch(["--help"], 60).stdout
    assert narrow == _click_says(["--help"], 60) and narrow != _click_says(["--help"])


def test_python_m_runs_the_launcher():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "proposal_lint", "--version"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout == _click_says(["--version"]) and " click\n" not in done.stderr
