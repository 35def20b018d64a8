"""Plain text: `path:line:col: CODE severity [name] message`, the source line and a caret line."""

from __future__ import annotations

from ...engine.report import Report
from .source_excerpt import layout


def render(report: Report, width: int | None = None) -> str:
    """The report; fitted to `width` terminal cells when given (see `layout`)."""
    return "\n".join(layout(report, lambda kind, text, diagnostic: text, width)) + "\n"
