"""PL310 mailto-in-email: `mailto` glued to the front of an address (`mailtoaabid01@gmail.com`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentor_emails import mailto_glued


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        email = placed.mentor.email
        fixed = mailto_glued(email) if email else None
        if fixed:
            yield Problem(
                placed.mentor.email_span,
                f"email `{email}` starts with `mailto`; did you mean {fixed}?",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL310", "mailto-in-email", Severity.WARNING, "`mailto` left inside an email address", check=check)
