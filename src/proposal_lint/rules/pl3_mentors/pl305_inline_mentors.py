"""PL305 inline-mentors: several mentors written on one line instead of one nested item each.

Fix, computed with the problem: `_mentor_fixes.split_fix` (beside PL304's); the finding spans
what it edits (from the label's colon when the run stands on the label's line).
"""

from collections.abc import Iterator

from ..api import (
    Document, Problem, Rule, RunContext, Severity, Span, carried_fixes, document_mentors, inline_runs,
)
from ._mentor_fixes import split_fix


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if document.template.mentor_layout != "list":
        return  # the template in force writes all mentors on one line
    for run in inline_runs(document_mentors(document)):
        if len(run) < 2:
            continue
        first, last = run[0].mentor.span, run[-1].mentor.span
        start, end = (first.line, first.column), (last.end_line, last.end_column)
        fix = split_fix(document, run)
        if fix is not None:  # the finding covers what the fix edits: separators and the gap after the label
            edit = fix.edits[0]
            start, end = min(start, (edit.line, edit.column)), max(end, (edit.end_line, edit.end_column - 1))
        yield Problem(
            Span(first.path, *start, *end),
            f"{len(run)} mentors on one line; put each on its own nested item under `- Mentor(s):` "
            "(`  - Name (@github-handle, email)`)",
            proposal=run[0].proposal,
            field=run[0].field,
            fix=fix,
        )


RULE = Rule("PL305", "inline-mentors", Severity.WARNING, "Several mentors on one line", check=check,
            fix=carried_fixes(check))
