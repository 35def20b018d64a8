"""PL410 dead-link: an Upstream Issue or LFX URL answers 404/410, or GitHub says it does not exist."""

from collections.abc import Iterator

from ..api import DEAD, Document, Problem, Rule, RunContext, Severity
from ._verdicts import link_verdicts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry, link, verdict in link_verdicts(document, context):
        if verdict.status == DEAD:
            yield Problem(link.span, f"`{link.url}` is dead ({verdict.detail}); fix the address or link a page that exists",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL410", "dead-link", Severity.ERROR, "Link is dead", check=check, network=True)
