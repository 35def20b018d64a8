"""PL403 several-upstream-issues: more than one issue where one umbrella issue is expected."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity, is_form, link_fields
from ...reading.links.urls import identity, shorthand_url


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document, (ISSUE_URL,)):
        distinct = {}
        for link in entry.links:
            if link.fetchable:
                distinct.setdefault(identity(link.url), link)
            elif link.found.kind == "shorthand":
                distinct.setdefault(identity(shorthand_url(link.url)), link)
        if len(distinct) < 2:
            continue
        second = list(distinct.values())[1]
        yield Problem(
            second.span,
            f"{len(distinct)} upstream issues listed; link one umbrella issue that tracks the whole project "
            "and mention the others in the Description",
            proposal=entry.proposal,
            field=entry.field,
            severity=Severity.ERROR if is_form(document) else None,  # the form asks for exactly one URL
        )


RULE = Rule("PL403", "several-upstream-issues", Severity.INFO, "More than one upstream issue", check=check)
