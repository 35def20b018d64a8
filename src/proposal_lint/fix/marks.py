"""Which findings `--fix` can fix (ruff's `[*]`): those on the line where a fix of the same rule is judged."""

from __future__ import annotations

from dataclasses import replace

from ..engine.report import Report
from ..rules.table import all_rules


def mark_fixable(report: Report) -> Report:
    """The report with `fixable` set on each diagnostic that a fix of its rule would change
    (only the fixes of the rules found are computed)."""
    found = {d.code for d in report.diagnostics} & {rule.code for rule in all_rules() if rule.fixable}
    if not found:
        return report
    from .apply import collect_fixes

    fixable = {(document.path, fix.code, fix.line)
               for document in report.documents for fix in collect_fixes(document, report.options, found)}
    if not fixable:
        return report
    return replace(report, diagnostics=[d._replace(fixable=True) if (d.path, d.code, d.line) in fixable else d
                                        for d in report.diagnostics])
