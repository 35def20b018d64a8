"""PL413 upstream-is-pull-request: an `/issues/N` URL whose number is a pull request."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity
from ._verdicts import link_verdicts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context, (ISSUE_URL,)):
        if verdict.pull_request:
            yield Problem(link.span, f"`{link.url}` is a pull request, not an issue; link the issue it addresses",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL413", "upstream-is-pull-request", Severity.WARNING, "Upstream issue number is a pull request",
            check=check, network=True)
