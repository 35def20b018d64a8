"""PL306 invalid-github-handle: a handle GitHub would not accept as a user name."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentors.handles import handle_error


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # Where the template asks for no handle, an `@word` may be another site's (Twitter): noted, not an
    # error. A github.com link is GitHub's whatever the era.
    asked = document.template_source == "form" or document.template.mentor_handle
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.handle is None:
            continue
        error = handle_error(mentor.handle)
        if error:
            yield Problem(
                mentor.handle_span,
                f"`@{mentor.handle}` is not a valid GitHub handle: {error}; copy the handle from the mentor's "
                "GitHub profile URL",
                proposal=placed.proposal,
                field=placed.field,
                severity=None if asked or mentor.handle_source != "mention" else Severity.INFO,
            )


RULE = Rule("PL306", "invalid-github-handle", Severity.ERROR, "GitHub handle is not valid", check=check)
