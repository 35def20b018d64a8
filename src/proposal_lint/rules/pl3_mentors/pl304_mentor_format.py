"""PL304 mentor-format: a mentor entry is not written as `Name (@handle, email)`.

In Markdown, an entry that still gives name, handle and email departs in form only: an info. One that lacks
any of them is a warning (PL302 and PL303 say what is missing; this says how to write it), and so is a
mistake in an entry that has them all (`MISTAKES`: a parenthesis left open).

Fix: `_mentor_fixes.canonical_fixes` (beside PL305's, which shares its reading of entries), on the
entries this check reports only.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors, is_form
from ...reading.mentors import FORMAT_ISSUES, MISTAKES, canonical
from ._mentor_fixes import canonical_fixes


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentor_format:
        return  # the template in force writes no form for an entry
    form = is_form(document)  # an issue form's line is read by cncf's validator: form matters there
    for placed in document_mentors(document):
        mentor = placed.mentor
        reasons = [FORMAT_ISSUES[issue] for issue in mentor.issues if issue in FORMAT_ISSUES]
        if reasons:
            yield Problem(
                mentor.span,
                f"mentor entry is not in the template form ({'; '.join(reasons)}); write `{canonical(mentor)}`",
                proposal=placed.proposal,
                field=placed.field,
                severity=Severity.INFO if not form and mentor.name and mentor.handle and mentor.email
                and not MISTAKES.intersection(mentor.issues) else None,
            )


RULE = Rule("PL304", "mentor-format", Severity.WARNING, "Mentor entry not in `Name (@handle, email)` form",
            check=check, fix=canonical_fixes)
