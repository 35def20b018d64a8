"""PL407 invalid-lfx-url: an LFX URL that is not an LFX Mentorship project page."""

import re
from collections.abc import Iterator

from ..api import Document, LFX_URL, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import split_url

_LFX_PROJECT = re.compile(
    r"https://mentorship\.lfx\.linuxfoundation\.org/project/"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/?",
    re.I,
)
# What the README generator writes, and proposers too, for a page LFX has not made yet.
_NOT_YET = frozenset({"tbd", "tba", "n/a", "na", "-", "none", "pending"})
_FIX = "use https://mentorship.lfx.linuxfoundation.org/project/<uuid> from the LFX site, or leave the field empty"


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document, (LFX_URL,)):
        field = entry.field
        if not entry.links and field.value and field.value.strip(" _*`").casefold() not in _NOT_YET:
            yield Problem(field.value_span, f"`{field.value[:60]}` is not a URL; {_FIX}", proposal=entry.proposal, field=field)
        for link in entry.links:
            if split_url(link.url) is not None and not _LFX_PROJECT.fullmatch(link.url):
                yield Problem(link.span, f"`{link.url}` is not an LFX Mentorship project URL; {_FIX}",
                              proposal=entry.proposal, field=field)


RULE = Rule("PL407", "invalid-lfx-url", Severity.ERROR, "LFX URL is not an LFX Mentorship project URL", check=check)
