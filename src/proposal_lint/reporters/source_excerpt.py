"""Shared by the text reporters: grouping by proposal and the caret line under a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..diagnostics import Diagnostic, Severity
from ..engine import Report


_CONTROL = {code: ascii(chr(code))[1:-1] for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if code != 0x09}


def printable(text: str) -> str:
    """`text` with control characters (newline, escape, ...) written as `\\n`, `\\x1b`: a file name
    cannot break a report's lines or send commands to the terminal."""
    return text.translate(_CONTROL)


def source_lines(report: Report) -> dict[str, tuple[str, ...]]:
    return {document.path: document.lines for document in report.documents}


def caret(line_text: str, diagnostic: Diagnostic) -> str:
    """Spaces then carets under the diagnostic's columns on its first line."""
    end = diagnostic.end_column if diagnostic.end_line == diagnostic.line else len(line_text)
    width = max(1, min(end, max(len(line_text), diagnostic.column)) - diagnostic.column + 1)
    prefix = "".join(c if c == "\t" else " " for c in line_text[: diagnostic.column - 1])
    return prefix + "^" * width


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


def layout(report: Report, style: Callable[[str, str, Diagnostic | None], str]) -> list[str]:
    """The text report's lines; `style(kind, text, diagnostic)` dresses each piece.

    Kinds: path, title, location, code, name, fixable, message, gutter, source, caret, summary.
    """
    lines_of = source_lines(report)
    out: list[str] = []
    current_path = None
    for path, title, diagnostics in grouped(report):
        if path != current_path:
            out.append(style("path", printable(path), None))
            current_path = path
        if title:
            out.append("  " + style("title", title, None))
        for d in diagnostics:
            out.append(
                "    " + style("location", f"{printable(d.path)}:{d.line}:{d.column}:", d) + " "
                + style("code", f"{d.code} {d.severity.label}", d) + " "
                + style("name", f"[{d.name}]", d) + " " + (style("fixable", "[*]", d) + " " if d.fixable else "")
                + style("message", d.message, d)
            )
            lines = lines_of.get(d.path)
            if lines and 0 < d.line <= len(lines):
                text, gutter = lines[d.line - 1], str(d.line)
                out.append("      " + style("gutter", f"{gutter} |", d) + " " + style("source", text, d))
                out.append("      " + style("gutter", f"{' ' * len(gutter)} |", d) + " " + style("caret", caret(text, d), d))
    out.append(style("summary", summary_line(report), None))
    return out
