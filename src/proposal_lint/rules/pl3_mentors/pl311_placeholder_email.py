"""PL311 placeholder-email: an email at a placeholder or reserved domain (`example.com`, `email.addy`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentor_emails import domain_of, is_placeholder


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template_values = set(document.template.placeholders)
    for placed in document_mentors(document):
        email = placed.mentor.email
        if email is None or email in template_values or not is_placeholder(email):
            continue
        yield Problem(
            placed.mentor.email_span,
            f"email `{email}` uses the placeholder domain `{domain_of(email)}`; write the mentor's real address",
            proposal=placed.proposal,
            field=placed.field,
        )


RULE = Rule("PL311", "placeholder-email", Severity.ERROR, "Mentor email at a placeholder domain", check=check)
