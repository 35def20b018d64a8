"""PL101 missing-project-heading: a proposal title with no project heading above it."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if is_form(document):
        return  # an issue form names the project in a field (PL202 when empty)
    project_hashes = "#" * document.template.project_level
    for proposal in document.proposals:
        if proposal.project is None:
            yield Problem(
                proposal.heading.span,
                f"proposal `{proposal.title}` has no project heading above it; "
                f"add `{project_hashes} <CNCF project>` before it",
                proposal=proposal,
            )


RULE = Rule("PL101", "missing-project-heading", Severity.ERROR, "Proposal has no project heading", check=check)
