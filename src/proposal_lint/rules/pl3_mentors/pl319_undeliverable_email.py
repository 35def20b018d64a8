"""PL319 undeliverable-email: DNS says the email's domain does not accept mail (`--check-email-dns`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentor_emails import domain_of


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    domains = context.facts.mentors.domains
    if not domains:
        return
    for placed in document_mentors(document):
        email = placed.mentor.email
        verdict = domains.get(domain_of(email)) if email else None
        if verdict is not None and not verdict.deliverable:
            yield Problem(
                placed.mentor.email_span,
                f"email `{email}` cannot receive mail: {verdict.reason.rstrip('.')}; check the address with the mentor",
                proposal=placed.proposal, field=placed.field,
            )


RULE = Rule("PL319", "undeliverable-email", Severity.ERROR, "Mentor email domain does not accept mail",
            check=check, network=True, needs="check_email_dns")
