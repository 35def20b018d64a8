"""PL104 duplicate-title: two proposals with the same title in one file."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    first_line: dict[str, int] = {}
    for proposal in document.proposals:
        key = " ".join(proposal.title.casefold().split())
        if key in first_line:
            yield Problem(
                proposal.heading.span,
                f"title `{proposal.title}` is already used at line {first_line[key]}; give each proposal its own title",
                proposal=proposal,
            )
        else:
            first_line[key] = proposal.heading.span.line


RULE = Rule("PL104", "duplicate-title", Severity.ERROR, "Two proposals share a title", check=check)
