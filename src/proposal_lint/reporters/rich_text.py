"""Colour text for a terminal, with rich: the plain layout with styles."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape

from ..engine import Report
from .source_excerpt import caret, grouped, source_lines, summary_line

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, highlight=False, soft_wrap=True)
    lines_of = source_lines(report)
    current_path = None
    for path, title, diagnostics in grouped(report):
        if path != current_path:
            console.print(f"[bold underline]{escape(path)}[/]")
            current_path = path
        if title:
            console.print(f"  [bold]{escape(title)}[/]")
        for d in diagnostics:
            style = _STYLE[d.severity.label]
            console.print(
                f"    [dim]{escape(d.path)}:{d.line}:{d.column}:[/] [{style}]{d.code} {d.severity.label}[/]"
                f" [dim]\\[{d.name}][/] {escape(d.message)}"
            )
            lines = lines_of.get(d.path)
            if lines and 0 < d.line <= len(lines):
                text = lines[d.line - 1]
                gutter = str(d.line)
                console.print(f"      [blue]{gutter} |[/] {escape(text)}")
                console.print(f"      [blue]{' ' * len(gutter)} |[/] [{style}]{caret(text, d)}[/]")
    console.print(f"[bold]{escape(summary_line(report))}[/]")
    return buffer.getvalue()
