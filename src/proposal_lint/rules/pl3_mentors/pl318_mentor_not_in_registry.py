"""PL318 mentor-not-in-registry: a mentor whose handle and email are both unknown to the registry."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    registry = context.facts.mentors.registry
    if registry is None:
        return
    for placed in document_mentors(document):
        mentor = placed.mentor
        if not (mentor.handle or mentor.email):
            continue
        if mentor.handle and registry.with_handle(mentor.handle):
            continue
        if mentor.email and registry.with_email(mentor.email):
            continue
        who = f"@{mentor.handle}" if mentor.handle else mentor.email
        yield Problem(
            mentor.span,
            f"{who} is not in the mentor registry {registry.path}; make sure the mentor has an LFX "
            "Mentorship profile with this handle and email",
            proposal=placed.proposal, field=placed.field,
        )


RULE = Rule("PL318", "mentor-not-in-registry", Severity.INFO, "Mentor not in the LFX mentor registry",
            check=check, needs="mentor_registry")
