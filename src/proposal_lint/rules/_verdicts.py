"""The gathered verdicts next to the links they are about, for the online rules."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import RunContext
from ..facts import LinkVerdict
from ..links.fields import URL_KINDS, FieldLink, LinkField, link_fields
from ..model import Document


def link_verdicts(document: Document, context: RunContext,
                  kinds: tuple[str, ...] = URL_KINDS) -> Iterator[tuple[LinkField, FieldLink, LinkVerdict]]:
    """Each fetchable link of the document with the verdict gathered for it (none when offline)."""
    facts = context.facts.links
    if facts is None:
        return
    for entry in link_fields(document, kinds):
        for link in entry.links:
            verdict = facts.verdicts.get(link.url) if link.fetchable else None
            if verdict is not None:
                yield entry, link, verdict

