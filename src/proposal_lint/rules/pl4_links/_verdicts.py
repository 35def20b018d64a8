"""The gathered verdicts next to the links they are about, for the online rules."""

from __future__ import annotations

from collections.abc import Iterator

from ..api import Document, LinkVerdict, RunContext
from ...reading.links.fields import URL_KINDS, FieldLink, LinkField, links_with_verdicts


def link_verdicts(document: Document, context: RunContext,
                  kinds: tuple[str, ...] = URL_KINDS) -> Iterator[tuple[LinkField, FieldLink, LinkVerdict]]:
    """Each fetchable link of the document with the verdict gathered for it (none when offline)."""
    if context.facts.links is not None:
        yield from links_with_verdicts(document, context.facts.links, kinds)
