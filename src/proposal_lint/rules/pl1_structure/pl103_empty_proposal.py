"""PL103 empty-proposal: a proposal heading with nothing under it (a project heading one level too
deep, right over its proposal, is PL102's)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ._empty_project_titles import project_named


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal in document.proposals:
        if not proposal.has_content and project_named(document, proposal, context) is None:
            yield Problem(
                proposal.heading.span,
                f"proposal `{proposal.title}` is empty; fill in the template's fields or remove the heading",
                proposal=proposal,
            )


RULE = Rule("PL103", "empty-proposal", Severity.ERROR, "Proposal section is empty", check=check)
