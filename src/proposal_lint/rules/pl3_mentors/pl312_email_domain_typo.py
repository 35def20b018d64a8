"""PL312 email-domain-typo: an email domain one typo away from a common mail domain (`gmial.com`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentor_emails import domain_typo


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        email = placed.mentor.email
        common = domain_typo(email) if email else None
        if common:
            local = email.rpartition("@")[0]
            yield Problem(
                placed.mentor.email_span,
                f"email domain of `{email}` looks like a typo; did you mean {local}@{common}?",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL312", "email-domain-typo", Severity.WARNING, "Likely typo in an email domain", check=check)
