"""PL414 transferred-issue: a GitHub issue URL that now lives at another address (transferred or renamed repo)."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..links.fields import ISSUE_URL
from ._verdicts import link_verdicts
from ..model import Document
from ..rule_table import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context, (ISSUE_URL,)):
        if verdict.moved_to:
            yield Problem(link.span, f"`{link.url}` was transferred to {verdict.moved_to}; update the link",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL414", "transferred-issue", Severity.INFO, "Upstream issue moved to another address",
            check=check, network=True)
