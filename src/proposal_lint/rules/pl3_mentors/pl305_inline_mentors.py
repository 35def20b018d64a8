"""PL305 inline-mentors: several mentors written on one line instead of one nested item each.

Fix: `_mentor_fixes.split_fixes` (beside PL304's); it splits lines whatever the template's mentor
layout, so it is a function, not carried by the problem.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span, document_mentors, inline_runs
from ._mentor_fixes import split_fixes


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if document.template.mentor_layout != "list":
        return  # the template in force writes all mentors on one line
    for run in inline_runs(document_mentors(document)):
        if len(run) < 2:
            continue
        first, last = run[0].mentor.span, run[-1].mentor.span
        yield Problem(
            Span(first.path, first.line, first.column, last.end_line, last.end_column),
            f"{len(run)} mentors on one line; put each on its own nested item under `- Mentor(s):` "
            "(`  - Name (@github-handle, email)`)",
            proposal=run[0].proposal,
            field=run[0].field,
        )

RULE = Rule("PL305", "inline-mentors", Severity.WARNING, "Several mentors on one line", check=check, fix=split_fixes)
