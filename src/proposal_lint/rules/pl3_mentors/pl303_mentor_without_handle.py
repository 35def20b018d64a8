"""PL303 mentor-without-handle: a mentor entry gives no GitHub handle."""

from collections.abc import Iterator
from urllib.parse import urlsplit

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentors import canonical


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentor_handle:
        return  # the template in force never asked for a handle
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.handle is not None:
            continue
        who = mentor.name or mentor.email or mentor.raw
        why = f" (the link goes to {urlsplit(mentor.profile_url).netloc or mentor.profile_url}, not GitHub)" \
            if mentor.profile_url else ""
        yield Problem(
            mentor.span,
            f"mentor `{who}` has no GitHub handle{why}; add it: `{canonical(mentor)}`",
            proposal=placed.proposal,
            field=placed.field,
        )


RULE = Rule("PL303", "mentor-without-handle", Severity.ERROR, "Mentor has no GitHub handle", check=check)
