"""The gathered verdicts next to the links they are about, for the online rules."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import RunContext
from ..facts import LinkVerdict
from ..links.fields import URL_KINDS, FieldLink, LinkField, link_fields
from ..model import Document, Field, Mentor, Proposal, Span


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


def mentors_with_handles(document: Document) -> Iterator[tuple[Proposal, Field, Mentor, str, Span]]:
    """Each mentor with a handle: (proposal, field, mentor, handle without `@`, span of the handle)."""
    for proposal in document.proposals:
        for field in proposal.fields:
            for mentor in field.mentors:
                handle = (mentor.handle or "").lstrip("@")
                if not handle:
                    continue
                yield proposal, field, mentor, handle, mentor.handle_span or mentor.span
