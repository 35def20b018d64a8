"""Shared by the text reporters: grouping by proposal, the caret line under a finding, and the layout."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...core.diagnostics import Diagnostic, Severity
from ...engine.report import Report
from ..sinks.terminal import printable
from .terminal_fit import Word, cell_width, crop, words, wrap

Style = Callable[[str, str, "Diagnostic | None"], str]
_GUTTER_INDENT = "      "
PIPED_EXCERPT = 1000  # piped, a longer source line is cropped around the finding (cells), so output stays linear


def source_lines(report: Report) -> dict[str, tuple[str, ...]]:
    return {document.path: document.lines for document in report.documents}


def caret_span(line_text: str, diagnostic: Diagnostic) -> tuple[int, int]:
    """(index of the first character to underline, how many) on the diagnostic's first line."""
    end = diagnostic.end_column if diagnostic.end_line == diagnostic.line else len(line_text)
    return diagnostic.column - 1, max(1, min(end, max(len(line_text), diagnostic.column)) - diagnostic.column + 1)


def caret(line_text: str, diagnostic: Diagnostic) -> str:
    """Spaces (tabs kept, so that a terminal expands both lines alike) then carets under the diagnostic's
    columns on its first line as `printable` shows it, as many as the cells the text before and under
    them takes (a wide character or an emoji takes 2)."""
    first, count = caret_span(line_text, diagnostic)
    before = "".join(part if part == "\t" else " " * cell_width(printable(part))
                     for part in re.split(r"(\t)", line_text[:first]))
    under = cell_width(printable(line_text[first:first + count])) + max(0, first + count - len(line_text))
    return before + "^" * max(1, under)


def grouped(report: Report) -> Iterator[tuple[str, str | None, list[Diagnostic]]]:
    """(path, "project › proposal" or None, diagnostics) in report order."""
    group: list[Diagnostic] = []
    key: tuple | None = None
    for diagnostic in report.diagnostics:
        this = (diagnostic.path, diagnostic.project, diagnostic.proposal)
        if this != key and group:
            yield key[0], _title(key), group
            group = []
        key = this
        group.append(diagnostic)
    if group:
        yield key[0], _title(key), group


def _title(key: tuple) -> str | None:
    _, project, proposal = key
    if proposal is None:
        return None
    return f"{project} › {proposal}" if project else proposal


def summary_line(report: Report) -> str:
    counts = [
        f"{report.count(Severity.ERROR)} error(s)",
        f"{report.count(Severity.WARNING)} warning(s)",
        f"{report.count(Severity.INFO)} info",
    ]
    fixable = sum(1 for d in report.diagnostics if d.fixable)
    tail = f"; [*] {fixable} fixable with --fix" if fixable else ""
    return f"{', '.join(counts)} in {report.files} file(s), {report.proposals} proposal(s){tail}"


def layout(report: Report, style: Style, width: int | None = None) -> list[str]:
    """The text report's lines; `style(kind, text, diagnostic)` dresses each piece.

    Kinds: path, title, location, code, name, fixable, message, gutter, source, cut, caret, summary.
    With a `width` (a terminal's) the lines fit it: text wraps at spaces onto indented lines and a long
    source line is cropped around the finding. Without one, each finding has one header line, uncropped.
    """
    lines_of = source_lines(report)
    out: list[str] = []

    def add(line: list[Word], indent: int, diagnostic: Diagnostic | None = None) -> None:
        for line_indent, line_words in wrap(line, indent, width) if width else [(indent, line)]:
            out.append(_styled(line_indent, line_words, style, diagnostic))

    def split(kind: str, text: str, gap: str = " ") -> list[Word]:
        return words(kind, text, gap) if width else [(kind, gap, text)]

    current_path = None
    for path, title, diagnostics in grouped(report):
        if path != current_path:
            out.append(style("path", printable(path), None))
            current_path = path
        if title:
            add(split("title", printable(title), ""), 2)
        for d in diagnostics:
            add([("location", "", f"{printable(d.path)}:{d.line}:{d.column}:"),
                 ("code", " ", f"{d.code} {d.severity.label}"), ("name", " ", f"[{d.name}]"),
                 *([("fixable", " ", "[*]")] if d.fixable else []), *split("message", printable(d.message))], 4, d)
            lines = lines_of.get(d.path)
            if lines and 0 < d.line <= len(lines):
                out += _excerpt(lines[d.line - 1], d, style, width)
    add(split("summary", summary_line(report), ""), 0)
    return out


def _styled(indent: int, line: list[Word], style: Style, diagnostic: Diagnostic | None) -> str:
    """The words of one line, each run of one kind dressed as one piece."""
    runs: list[Word] = []
    for kind, gap, text in line:
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1], runs[-1][2] + gap + text)
        else:
            runs.append((kind, gap, text))
    return " " * indent + "".join(gap + style(kind, text, diagnostic) for kind, gap, text in runs)


def _excerpt(text: str, d: Diagnostic, style: Style, width: int | None) -> list[str]:
    """The source line with a gutter, then the caret line; cropped to `width` when there is one, else
    when longer than PIPED_EXCERPT."""
    number = str(d.line)
    source_gutter = _GUTTER_INDENT + style("gutter", f"{number} |", d) + " "
    caret_gutter = _GUTTER_INDENT + style("gutter", f"{' ' * len(number)} |", d) + " "
    if width is None and len(text) <= PIPED_EXCERPT:
        shown = printable(text)
        return [source_gutter + style("source", shown, d), caret_gutter + style("caret", caret(shown, d), d)]
    room = PIPED_EXCERPT if width is None else width - len(_GUTTER_INDENT) - len(number) - 3
    pieces, carets = crop(text, *caret_span(text, d), room)
    return [source_gutter + "".join(style(kind, piece, d) for kind, piece in pieces if piece),
            caret_gutter + style("caret", carets, d)]
