"""Where reports go: the main report to stdout or `--output`, and each `--report FORMAT=PATH` to its file."""

from __future__ import annotations

import os
import shutil
import sys

import click

from ..core.atomic_write import refuse_inputs, write_text
from ..engine.report import Report
from .formats import get_reporter
from .sinks.runner import inert, on_runner


def use_color(color: str, to_stdout: bool) -> bool:
    """`--color always|never`, else FORCE_COLOR or NO_COLOR (https://no-color.org, https://force-color.org),
    else whether the report goes to a terminal that is not `TERM=dumb`."""
    if color != "auto":
        return color == "always"
    if os.environ.get("FORCE_COLOR"):
        return True
    return (to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def auto_formats(to_stdout: bool, color: str = "auto") -> tuple[str, ...]:
    """`--format auto`: annotations plus text on GitHub Actions, colour on a terminal, plain text otherwise."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return ("rich" if color == "always" else "text", "github")
    return ("rich",) if use_color(color, to_stdout) else ("text",)


def terminal_width(to_stdout: bool) -> int | None:
    """The width to fit the text report to: the terminal's (COLUMNS first, 80 when unknown) when the report
    goes to one; None (one line per finding, uncropped, for grep and editors) for a pipe or a file."""
    if not (to_stdout and sys.stdout.isatty()):
        return None
    # A terminal that reports 0 columns (a new pty) is unknown too: Python 3.10's get_terminal_size
    # returns the 0, 3.11 on the fallback.
    return shutil.get_terminal_size((80, 24)).columns or 80


def parse_report_option(value: str, formats: tuple[str, ...]) -> tuple[str, str]:
    """`FORMAT=PATH` -> (format, path); ValueError says what is wrong."""
    name, sep, path = value.partition("=")
    if not sep or not path:
        raise ValueError(f"{value!r} is not FORMAT=PATH (e.g. sarif=results.sarif)")
    if name not in formats:
        raise ValueError(f"unknown format {name!r}; use one of {', '.join(formats)}")
    return name, path


_FITTED = ("text", "rich")  # the reporters that fit a terminal's width


def write_reports(report: Report, formats: tuple[str, ...], output: str | None,
                  extra: list[tuple[str, str]]) -> None:
    """Render the main report (to `output` or stdout) and every extra one, each file written atomically;
    OSError when a file cannot be written or is one the run read (OverwritesInput: nothing is written)."""
    width = terminal_width(output is None)
    main = "".join(_to_log(name, output, get_reporter(name)(report, width=width) if name in _FITTED
                           else get_reporter(name)(report)) for name in formats)
    read = report.files_read()
    for path in ([output] if output else []) + [path for _, path in extra]:
        refuse_inputs(path, read, "report")
    if output is None:
        click.echo(main, nl=False, color=True if "rich" in formats else None)  # click strips colour off a pipe
    else:
        write_text(output, main)
    for name, path in extra:
        write_text(path, get_reporter(name)(report))


def _to_log(name: str, output: str | None, text: str) -> str:
    """A report bound for a GitHub runner's log: commands only from the `github` reporter, none from user text."""
    return inert(text) if output is None and name != "github" and on_runner() else text

