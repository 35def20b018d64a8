"""PL309 obfuscated-email: an email written as `a AT b DOT org` or `a[at]b.org`."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentor_email:
        return  # the template in force asks for no email: how one is written is the mentor's choice
    program = document.template.program_title
    for placed in document_mentors(document):
        if placed.mentor.email_form == "obfuscated":
            email = placed.mentor.email
            plain = f"`{email}`" if "." in email.rpartition("@")[2] else "the address (its domain is disguised too)"
            yield Problem(
                placed.mentor.email_span,
                f"email is obfuscated; {program} matches mentors by their address, so write it plainly: {plain}",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL309", "obfuscated-email", Severity.INFO, "Mentor email is obfuscated", check=check)
