"""PL411 unverified-link: a link that could not be verified (blocked, rate limited, 5xx, timeouts)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, UNVERIFIED
from ._verdicts import link_verdicts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context):
        if verdict.status == UNVERIFIED:
            yield Problem(link.span, f"could not verify `{link.url}` ({verdict.detail}); open it in a browser "
                          "to make sure it works", proposal=entry.proposal, field=entry.field)


RULE = Rule("PL411", "unverified-link", Severity.WARNING, "Link could not be verified", check=check, network=True)
