"""PL302 mentor-without-email: a mentor entry gives no email address, where the template asks for one."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors
from ...reading.mentors import canonical


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentor_email:
        return  # the template in force never asked for an email
    where = document.template.program_title
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.email is None:
            who = mentor.name or (f"@{mentor.handle}" if mentor.handle else mentor.raw)
            yield Problem(
                mentor.span,
                f"mentor `{who}` has no email; add the address they use on {where}: "
                f"`{canonical(mentor)}`",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL302", "mentor-without-email", Severity.ERROR, "Mentor has no email", check=check)
