"""PL324 missing-lfid: an issue-form mentor line has no LFID (LF Username)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentors import canonical
from .pl323_mentor_line_format import FIELD_COUNTS


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.lfid == "" and mentor.fields in FIELD_COUNTS:
            yield Problem(
                mentor.span,
                f"mentor `{mentor.name or mentor.raw}` has no LFID; add their LF Username (on "
                f"openprofile.dev/profile) as the fourth field: `{canonical(mentor)}`",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL324", "missing-lfid", Severity.ERROR, "Issue-form mentor without an LFID", check=check)
