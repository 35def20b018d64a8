"""PL113 proposal-belongs-in-issue-form: a Markdown proposal in a file that says its term takes proposals
through an issue form."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ...reading.issue_form.link import issue_form_link


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.proposals or is_form(document) or document.template_source == "generated":
        return
    link = issue_form_link(document)
    if link is None:
        return
    first = document.proposals[0]
    more = len(document.proposals) - 1
    others = f" (and {more} more proposal{'s' if more > 1 else ''})" if more else ""
    yield Problem(
        first.heading.span,
        f"this file says its term takes proposals through the issue form (line {link.span.line}), so "
        f"`{first.title}`{others} written here will not be picked up; open an issue with the form instead: "
        f"{link.url}",
        proposal=first,
    )


RULE = Rule("PL113", "proposal-belongs-in-issue-form", Severity.ERROR,
            "Markdown proposal in a term that takes proposals through an issue form", check=check)
