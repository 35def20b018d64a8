"""PL308 invalid-email: a mentor email that email-validator rejects (syntax, no DNS)."""

import re
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
            span = placed.mentor.email_span
            guess = _comma_for_dot(email, document.lines[span.end_line - 1][span.end_column:])
            advice = f"did you mean `{guess}`?" if guess else "write the mentor's full address"
            yield Problem(
                span,
                f"email `{email}` is not valid: {error.rstrip('.')}; {advice}",
                proposal=placed.proposal,
                field=placed.field,
                severity=severity,
            )


_COMMA_TLD = re.compile(r",([A-Za-z]{2,24})\b")


def _comma_for_dot(email: str, after: str) -> str | None:
    """`jane@gmail,com`: the address read up to the comma, with the comma as the dot it stands for."""
    match = _COMMA_TLD.match(after)
    if match is None:
        return None
    guess = f"{email}.{match[1]}"
    return guess if email_error(guess) is None else None


RULE = Rule("PL308", "invalid-email", Severity.ERROR, "Mentor email is not valid", check=check)
