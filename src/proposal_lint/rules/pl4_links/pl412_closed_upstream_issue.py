"""PL412 closed-upstream-issue: GitHub says the upstream issue is closed."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity
from ._verdicts import link_verdicts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context, (ISSUE_URL,)):
        if verdict.closed:
            yield Problem(link.span, f"`{link.url}` is closed; reopen it or link an open issue that tracks this project",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL412", "closed-upstream-issue", Severity.WARNING, "Upstream issue is closed", check=check, network=True)
