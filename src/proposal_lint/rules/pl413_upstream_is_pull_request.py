"""PL413 upstream-is-pull-request: an `/issues/N` URL whose number is a pull request."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..links.fields import ISSUE_URL
from ._verdicts import link_verdicts
from ..model import Document
from ..rule_table import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context, (ISSUE_URL,)):
        if verdict.pull_request:
            yield Problem(link.span, f"`{link.url}` is a pull request, not an issue; link the issue it addresses",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL413", "upstream-is-pull-request", Severity.WARNING, "Upstream issue number is a pull request",
            check=check, network=True)
