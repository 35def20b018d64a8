"""Colour text for a terminal, with rich: the plain layout with styles."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape

from ..diagnostics import Diagnostic
from ..engine import Report
from .source_excerpt import layout

_SEVERITY = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_KIND = {"path": "bold underline", "title": "bold", "location": "dim", "name": "dim", "fixable": "green", "gutter": "blue",
         "cut": "blue", "summary": "bold"}


def _style(kind: str, text: str, diagnostic: Diagnostic | None) -> str:
    style = _SEVERITY[diagnostic.severity.label] if kind in ("code", "caret") else _KIND.get(kind)
    return f"[{style}]{escape(text)}[/]" if style else escape(text)


def render(report: Report, width: int | None = None) -> str:
    """The plain layout (fitted to `width` when given) in colour; the console never wraps it again."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", highlight=False, soft_wrap=True)
    for line in layout(report, _style, width):
        console.print(line)
    return buffer.getvalue()
