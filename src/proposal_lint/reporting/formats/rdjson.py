"""The Reviewdog Diagnostic Format, JSON form (`rdjson`): what reviewdog reads, with each finding's
fix as its suggestions. Lines are 1-based, columns 1-based in UTF-8 bytes, ranges end-exclusive."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ...core.diagnostics import Diagnostic, Edit, Severity
from ...engine.report import Report
from ...rules.table import find_rule

SOURCE = {"name": "proposal-lint", "url": "https://github.com/proposal-lint/proposal-lint"}
_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _byte_column(lines: Sequence[str], line: int, column: int) -> int:
    """A 1-based column in characters as a 1-based column in UTF-8 bytes."""
    if not 1 <= line <= len(lines):
        return column
    return len(lines[line - 1][:column - 1].encode("utf-8", "surrogatepass")) + 1


def _position(lines: Sequence[str], line: int, column: int) -> dict:
    return {"line": line, "column": _byte_column(lines, line, column)}


def _suggestion(lines: Sequence[str], edit: Edit) -> dict:
    return {"range": {"start": _position(lines, edit.line, edit.column),
                      "end": _position(lines, edit.end_line, edit.end_column)},
            "text": edit.text}


def _diagnostic(diagnostic: Diagnostic, lines: Sequence[str]) -> dict:
    rule = find_rule(diagnostic.code)
    found = {
        "message": diagnostic.message,
        "location": {"path": diagnostic.path, "range": {
            "start": _position(lines, diagnostic.line, diagnostic.column),
            # the model's end column is inclusive; rdjson's end is exclusive
            "end": _position(lines, diagnostic.end_line, diagnostic.end_column + 1)}},
        "severity": _SEVERITY[diagnostic.severity],
        "code": {"value": diagnostic.code, "url": rule.help_uri if rule else SOURCE["url"]},
    }
    if diagnostic.suggestions:
        found["suggestions"] = [_suggestion(lines, edit) for edit in diagnostic.suggestions]
    return found


def render(report: Report) -> str:
    lines_by_path = {document.path: document.lines for document in report.documents}
    return json.dumps({
        "source": SOURCE,
        "diagnostics": [_diagnostic(d, lines_by_path.get(d.path, ())) for d in report.diagnostics],
    }, indent=2, ensure_ascii=False) + "\n"
