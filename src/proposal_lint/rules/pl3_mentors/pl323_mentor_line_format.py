"""PL323 mentor-line-format: an issue-form mentor line is not `Full Name | @handle | email | LFID`."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentors import canonical

FIELD_COUNTS = (3, 4)


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.lfid is None:
            continue
        if mentor.fields not in FIELD_COUNTS:
            why = f"it has {mentor.fields} `|`-separated field{'s' if mentor.fields != 1 else ''}, not 3 or 4"
        elif not mentor.name:
            why = "the name is empty"
        else:
            continue
        yield Problem(
            mentor.span,
            f"mentor line `{mentor.raw}` is not `Full Name | @handle | email | LFID` ({why}); write `{canonical(mentor)}`",
            proposal=placed.proposal,
            field=placed.field,
        )


RULE = Rule("PL323", "mentor-line-format", Severity.ERROR, "Issue-form mentor line not in the form's shape",
            check=check)
