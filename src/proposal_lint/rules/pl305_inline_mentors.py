"""PL305 inline-mentors: several mentors written on one line instead of one nested item each.

Fix: `_mentor_fixes.split_fixes` (beside PL304's); it splits lines whatever the template's mentor
layout, so it is a function, not carried by the problem.
"""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..mentors.walk import document_mentors
from ..model import Document, Span
from ..rule_table import Rule
from ._mentor_fixes import split_fixes


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if document.template.mentor_layout != "list":
        return  # the template in force writes all mentors on one line
    placed = list(document_mentors(document))
    i = 0
    while i < len(placed):
        count = placed[i].mentor.inline
        if count < 2:
            i += 1
            continue
        first, last = placed[i].mentor.span, placed[i + count - 1].mentor.span
        yield Problem(
            Span(first.path, first.line, first.column, last.end_line, last.end_column),
            f"{count} mentors on one line; put each on its own nested item under `- Mentor(s):` "
            "(`  - Name (@github-handle, email)`)",
            proposal=placed[i].proposal,
            field=placed[i].field,
        )
        i += count


RULE = Rule("PL305", "inline-mentors", Severity.WARNING, "Several mentors on one line", check=check, fix=split_fixes)
