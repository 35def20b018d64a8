"""PL308 invalid-email: a mentor email that email-validator rejects (syntax, no DNS)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentor_emails import email_error, is_placeholder


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # Where the template asks for no email, a malformed one (`team@Org`) is noted, not an error.
    severity = None if document.template.mentor_email else Severity.INFO
    for placed in document_mentors(document):
        email = placed.mentor.email
        if email is None or placed.mentor.email_form == "obfuscated" or is_placeholder(email):
            continue
        error = email_error(email)
        if error:
            yield Problem(
                placed.mentor.email_span,
                f"email `{email}` is not valid: {error.rstrip('.')}; write the mentor's full address",
                proposal=placed.proposal,
                field=placed.field,
                severity=severity,
            )


RULE = Rule("PL308", "invalid-email", Severity.ERROR, "Mentor email is not valid", check=check)
