"""Where reports go: the main report to stdout or `--output`, and each `--report FORMAT=PATH` to its file."""

from __future__ import annotations

import os
import shutil
import sys

import click

from ..engine.report import Report
from .formats import get_reporter


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
    """Render the main report (to `output` or stdout) and every extra one; OSError when a file cannot be written."""
    width = terminal_width(output is None)
    main = "".join(get_reporter(name)(report, width=width) if name in _FITTED else get_reporter(name)(report)
                   for name in formats)
    if output is None:
        click.echo(main, nl=False, color=True if "rich" in formats else None)  # click strips colour off a pipe
    else:
        _write(output, main)
    for name, path in extra:
        _write(path, get_reporter(name)(report))


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
