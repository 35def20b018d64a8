"""PL103 empty-proposal: a proposal heading with nothing under it."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal in document.proposals:
        if not proposal.has_content:
            yield Problem(
                proposal.heading.span,
                f"proposal `{proposal.title}` is empty; fill in the template's fields or remove the heading",
                proposal=proposal,
            )


RULE = Rule("PL103", "empty-proposal", Severity.ERROR, "Proposal section is empty", check=check)
