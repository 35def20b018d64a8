"""Colour text for a terminal, with rich: the plain layout with styles."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.segment import Segments

from ...core.diagnostics import Diagnostic
from ...engine.report import Report
from .source_excerpt import layout

_SEVERITY = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_KIND = {"path": "bold underline", "title": "bold", "location": "dim", "name": "dim", "fixable": "green", "gutter": "blue",
         "cut": "blue", "summary": "bold"}


def _style(kind: str, text: str, diagnostic: Diagnostic | None) -> str:
    style = _SEVERITY[diagnostic.severity.label] if kind in ("code", "caret") else _KIND.get(kind)
    return f"[{style}]{escape(text)}[/]" if style else escape(text)


def render(report: Report, width: int | None = None) -> str:
    """The plain layout (fitted to `width` when given) in colour, nothing else changed: the console neither
    wraps, nor expands tabs (the lines go to it as segments), nor turns `:rocket:` into an emoji."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", highlight=False, soft_wrap=True,
                      emoji=False)
    for line in layout(report, _style, width):
        console.print(Segments(console.render_str(line).render(console, end="\n")))
    return buffer.getvalue()
