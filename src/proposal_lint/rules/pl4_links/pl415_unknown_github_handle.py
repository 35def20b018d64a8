"""PL415 unknown-github-handle: GitHub has no user or organization with a mentor's handle."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    facts = context.facts.links
    if facts is None or not facts.handles:
        return
    for placed in document_mentors(document):
        handle = placed.login
        if handle and facts.handles.get(handle.casefold()) is False:
            yield Problem(placed.handle_span,
                          f"GitHub has no user `@{handle}`; fix the mentor's handle (check it on github.com)",
                          proposal=placed.proposal, field=placed.field)


RULE = Rule("PL415", "unknown-github-handle", Severity.ERROR, "Mentor's GitHub handle does not exist",
            check=check, network=True)
