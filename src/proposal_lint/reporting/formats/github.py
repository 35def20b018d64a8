"""GitHub Actions workflow commands: one annotation per finding, most important first.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops
the rest silently; when findings would be dropped, a final notice says how many and
points to the step summary.
"""

from __future__ import annotations

from ...core.diagnostics import Diagnostic, Severity
from ...engine.report import Report
from ..sinks.runner import command
from .locations import relative_path

ANNOTATIONS_PER_KIND = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def annotation(d: Diagnostic) -> str:
    return command(_COMMAND[d.severity], d.message, file=relative_path(d.path), line=d.line, col=d.column,
                   endLine=d.end_line, endColumn=d.end_column, title=f"{d.code} {d.name}")


def render(report: Report) -> str:
    by_kind = {severity: [d for d in report.diagnostics if d.severity == severity] for severity in _COMMAND}
    limits = dict.fromkeys(_COMMAND, ANNOTATIONS_PER_KIND)
    if any(len(found) > ANNOTATIONS_PER_KIND for found in by_kind.values()):
        limits[Severity.INFO] -= 1  # keep a notice slot for the final one
    lines: list[str] = []
    dropped = 0
    for severity in sorted(_COMMAND, reverse=True):
        shown = by_kind[severity][: limits[severity]]
        dropped += len(by_kind[severity]) - len(shown)
        lines.extend(annotation(d) for d in shown)
    if dropped:
        lines.append(command(
            "notice", f"{dropped} more finding(s) are not shown as annotations: GitHub shows at most "
            f"{ANNOTATIONS_PER_KIND} per kind in a step. See the job's step summary or log for every finding.",
            title="proposal-lint"))
    return "".join(line + "\n" for line in lines)
