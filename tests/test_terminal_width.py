"""The text report on a terminal fits its width: wrapped messages, cropped source lines with the carets
still under the offending text, the colour report equal to the plain one; pipes and files unchanged."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios

import pytest
from conftest import CLEAN_PROPOSAL

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_sources
from proposal_lint.fix.marks import mark_fixable
from proposal_lint.reporting.formats import get_reporter
from proposal_lint.reporting.formats.terminal_fit import CUT, cell_width
from proposal_lint.reading.source import Source

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

FILLER = "Rewrite the contributor guide so that new people can set up a development environment quickly"
WIDE = "贡献者指南的重写工作，让新人可以快速搭建开发环境"
MOJIBAKE = "donâ€™t"  # PL502 underlines its `â€™`
CASES = {
    "start": f"- Description: {MOJIBAKE} {FILLER} {FILLER}",
    "middle": f"- Description: {FILLER} {MOJIBAKE} {FILLER}",
    "end": f"- Description: {FILLER} {FILLER} {MOJIBAKE}",
    "tabs": f"- Description:\tRewrite\tthe guide;\t{MOJIBAKE}\t{FILLER}",
    "wide": f"- Description: {WIDE} {MOJIBAKE} {WIDE}",
    "shortcodes": f"- Description: :rocket: Ship it:100: {MOJIBAKE} {FILLER}",  # no emoji in the colour report
}
# where the finding sits decides which ends of its line are cut at 80 and at 40 columns: (start, end)
CUTS = {"start": (False, True), "middle": (True, True), "end": (True, False)}
EXCERPT = re.compile(r" {6}(\d+) \| (.*)")
CARETS = re.compile(r" {6} +\| ( *)(\^+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _report(text: str, name: str = "ideas.md"):
    return mark_fixable(lint_sources([Source(name, CLEAN_PROPOSAL.replace("- Description: d", text))],
                                     Options(offline=True)))


def _long_title_report():
    text = CLEAN_PROPOSAL.replace("#### A title", f"#### {FILLER}").replace("- Expected Outcome: e\n", "")
    return mark_fixable(lint_sources([Source("ideas.md", text)], Options(offline=True)))


def _words(text: str) -> str:
    return " ".join(text.split())


def _excerpts(output: str) -> list[tuple[str, str]]:
    """(source text, caret text) of every excerpt, carets as spaces then `^`."""
    lines = output.splitlines()
    found = []
    for source, under in zip(lines, lines[1:]):
        shown, carets = EXCERPT.fullmatch(source), CARETS.fullmatch(under)
        if shown and carets:
            found.append((shown[2], carets[1] + carets[2]))
    return found


def _under_carets(source: str, carets: str) -> str:
    """The characters of `source` drawn in the cells the carets cover (a wide character takes two)."""
    first, last = len(carets) - len(carets.lstrip(" ")), len(carets)
    position, picked = 0, ""
    for char in source:
        if first <= position < last:
            picked += char
        position += cell_width(char)
    return picked


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_long_line_is_cropped_around_its_finding_with_the_carets_under_it(case, width):
    report = _report(CASES[case])
    [finding] = report.diagnostics
    output = get_reporter("text")(report, width=width)
    assert max(cell_width(line) for line in output.splitlines()) <= width
    [(source, carets)] = _excerpts(output)
    assert _under_carets(source, carets) == "â€™" == MOJIBAKE[3:6]
    assert _words(finding.message) in _words(output)  # the message, wrapped, is all there
    if case in CUTS:
        assert (source.startswith(CUT), source.endswith(CUT)) == CUTS[case]
    if case == "tabs":
        assert "\t" not in output and "guide;  donâ€™t Rewrite" in source  # tab stops of 4 cells
        assert source.startswith("- Description:  Rewrite the guide;") == (width == 80)
    if case == "wide":
        assert WIDE[-4:] in source and cell_width(source) > len(source)


@pytest.mark.parametrize("width", [80, 40, 24])
def test_a_long_message_wraps_at_spaces_onto_indented_lines(width):
    report = _long_title_report()
    [finding] = report.diagnostics
    lines = get_reporter("text")(report, width=width).splitlines()
    assert max(cell_width(line) for line in lines) <= width
    header = lines.index(next(line for line in lines if line.startswith("    ideas.md:3:6:")))
    following = lines[header + 1:]
    continuation = following[:next(i for i, line in enumerate(following) if EXCERPT.fullmatch(line))]
    assert continuation and all(line.startswith(" " * 8) and line[8] != " " for line in continuation)
    assert _words("\n".join([lines[header], *continuation])).endswith(_words(finding.message))
    assert "PL201 error" in _words("\n".join([lines[header], *continuation]))
    [(source, carets)] = _excerpts("\n".join(lines))
    shown = _under_carets(source, carets)
    assert source.endswith(CUT) and len(shown) > 5 and f"{FILLER}".startswith(shown)


@pytest.mark.parametrize("width", [None, 80, 40])
def test_the_colour_report_is_the_plain_report_at_every_width(width):
    sources = [Source(f"{case}.md", CLEAN_PROPOSAL.replace("- Description: d", text)) for case, text in CASES.items()]
    report = mark_fixable(lint_sources(sources, Options(offline=True)))
    coloured = get_reporter("rich")(report, width=width)
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == get_reporter("text")(report, width=width)


def test_without_a_width_every_finding_keeps_one_whole_line():
    report = _report(CASES["middle"])
    output = get_reporter("text")(report)
    line = CLEAN_PROPOSAL.replace("- Description: d", CASES["middle"]).splitlines()[4]
    assert f"      5 | {line}\n" in output and CUT not in output
    assert f"ideas.md:5:113: PL502 warning [mojibake] [*] {report.diagnostics[0].message}\n" in output


def _clean_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS")}


def _run_at_terminal(tmp_path, columns: int, args=(), env=None, command=("check", "--offline", "--isolated")) -> str:
    """The CLI's stdout through a pseudo-terminal `columns` wide (0: size unknown), newlines as `\\n`."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "proposal_lint", *command, *args],
                               cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
                               env={**_clean_environment(), **(env or {})})
    os.close(slave)
    chunks = []
    while select.select([master], [], [], 60)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait(timeout=60) == 0, process.stderr.read()
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.fixture
def files(tmp_path):
    for case, text in CASES.items():
        (tmp_path / f"{case}.md").write_text(CLEAN_PROPOSAL.replace("- Description: d", text), encoding="utf-8")
    return sorted(path.name for path in tmp_path.iterdir())


def _expected(tmp_path, files, width):
    sources = [Source(name, (tmp_path / name).read_text(encoding="utf-8")) for name in files]
    return get_reporter("text")(mark_fixable(lint_sources(sources, Options(offline=True))), width=width)


def test_the_cli_at_a_terminal_fits_its_width(tmp_path, files):
    narrow = _run_at_terminal(tmp_path, 40, files, {"NO_COLOR": "1"})
    assert narrow == _expected(tmp_path, files, 40)
    assert max(cell_width(line) for line in narrow.splitlines()) <= 40
    coloured = _run_at_terminal(tmp_path, 40, files)
    assert "\x1b[" in coloured and ANSI.sub("", coloured) == narrow
    assert _run_at_terminal(tmp_path, 40, files, {"NO_COLOR": "1", "COLUMNS": "60"}) == _expected(tmp_path, files, 60)
    assert _run_at_terminal(tmp_path, 0, files, {"NO_COLOR": "1"}) == _expected(tmp_path, files, 80)  # unknown: 80


def test_a_pipe_or_a_file_keeps_one_uncropped_line_per_finding(tmp_path, files):
    whole = _expected(tmp_path, files, None)
    piped = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", *files],
                           cwd=tmp_path, capture_output=True, env={**_clean_environment(), "COLUMNS": "40"}, check=False)
    assert piped.stdout.decode("utf-8") == whole
    _run_at_terminal(tmp_path, 40, ["--output", "report.txt", *files], {"NO_COLOR": "1"})
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == whole
    assert max(len(line) for line in whole.splitlines()) > 200 and CUT not in whole


@pytest.mark.parametrize("width", [None, 80, 40])
def test_carets_stay_under_the_finding_after_emoji_built_of_several_code_points(width):
    """`❤️` (a heart and VS16) and `👩‍💻` (two emoji and a joiner) each take 2 cells, as terminals draw them."""
    prefix = "- Description: ❤️ 👩‍💻 ✅ "
    report = _report(prefix + MOJIBAKE)
    [(source, carets)] = _excerpts(get_reporter("text")(report, width=width))
    assert source.endswith(MOJIBAKE) and carets.endswith("^^^")
    assert len(carets) - 3 == cell_width(source[: source.index("â€™")])
    assert cell_width("❤️") == cell_width("👩‍💻") == 2
