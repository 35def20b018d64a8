"""PL402 upstream-issue-shorthand: `org/repo#123` where the template asks for the issue URL."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import shorthand_url


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document, (ISSUE_URL,)):
        for link in entry.links:
            if link.found.kind == "shorthand":
                yield Problem(
                    link.span,
                    f"`{link.url}` is GitHub shorthand; write the full URL {shorthand_url(link.url)}",
                    proposal=entry.proposal,
                    field=entry.field,
                )


RULE = Rule("PL402", "upstream-issue-shorthand", Severity.WARNING, "Upstream Issue written as org/repo#N", check=check)
