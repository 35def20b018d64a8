"""PL415 unknown-github-handle: GitHub has no user or organization with a mentor's handle."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ._verdicts import mentors_with_handles
from ..model import Document
from ..rule_table import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    facts = context.facts.links
    if facts is None or not facts.handles:
        return
    for proposal, field, mentor, handle, span in mentors_with_handles(document):
        if facts.handles.get(handle.casefold()) is False:
            yield Problem(span, f"GitHub has no user `@{handle}`; fix the mentor's handle (check it on github.com)",
                          proposal=proposal, field=field)


RULE = Rule("PL415", "unknown-github-handle", Severity.ERROR, "Mentor's GitHub handle does not exist",
            check=check, network=True)
