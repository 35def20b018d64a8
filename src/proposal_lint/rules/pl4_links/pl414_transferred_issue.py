"""PL414 transferred-issue: a GitHub issue URL that now lives at another address (transferred or renamed repo)."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity
from ._verdicts import link_verdicts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context, (ISSUE_URL,)):
        if verdict.moved_to:
            yield Problem(link.span, f"`{link.url}` was transferred to {verdict.moved_to}; update the link",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL414", "transferred-issue", Severity.INFO, "Upstream issue moved to another address",
            check=check, network=True)
