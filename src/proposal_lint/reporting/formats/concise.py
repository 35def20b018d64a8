"""Concise: one line per finding, `path:line:col: CODE [name] message`, as ruff's `concise` (for grep,
editors' error parsers and whole-repository runs)."""

from __future__ import annotations

from ...engine.report import Report
from .terminal_fit import printable


def render(report: Report) -> str:
    return "".join(f"{printable(d.path)}:{d.line}:{d.column}: {d.code} [{d.name}] {printable(d.message)}\n"
                   for d in report.diagnostics)
