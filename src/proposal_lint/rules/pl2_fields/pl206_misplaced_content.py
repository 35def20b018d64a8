"""PL206 misplaced-content: content that belongs to another field (e.g. mentors under Recommended Skills)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.misplaced import misplaced_by_proposal


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal, strays in zip(document.proposals, misplaced_by_proposal(document)):
        for stray in strays:
            where = f"is nested under `{stray.host.label}`" if stray.host else "stands outside any field"
            yield Problem(
                stray.item.span,
                f"this looks like `{stray.spec.label}` content but {where}; "
                f"move it under a `- {stray.spec.label}:` field",
                proposal=proposal,
                field=stray.host,
            )


RULE = Rule("PL206", "misplaced-content", Severity.WARNING, "Content belongs to another field", check=check)
