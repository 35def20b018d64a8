"""PL317 registry-email-mismatch: the LFX mentor registry has another email for this handle
(or another handle for this email)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    registry = context.facts.mentors.registry
    if registry is None:
        return
    for placed in document_mentors(document):
        mentor = placed.mentor
        if not mentor.handle or not mentor.email:
            continue
        known = registry.with_handle(mentor.handle)
        if known and mentor.email.casefold() not in {e.email.casefold() for e in known}:
            yield Problem(
                mentor.email_span,
                f"LFX has {known[0].email} for @{mentor.handle} ({known[0].where}); "
                "use that address, or update the mentor's LFX profile",
                proposal=placed.proposal, field=placed.field,
            )
            continue
        owners = registry.with_email(mentor.email)
        if owners and not known:
            yield Problem(
                mentor.handle_span,
                f"LFX has @{owners[0].handle} for {mentor.email} ({owners[0].where}); "
                "fix the handle, or update the mentor's LFX profile",
                proposal=placed.proposal, field=placed.field,
            )


RULE = Rule("PL317", "registry-email-mismatch", Severity.ERROR, "Mentor differs from the LFX mentor registry",
            check=check, needs="mentor_registry")
