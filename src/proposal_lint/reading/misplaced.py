"""Content that stands under one field but belongs to another (read by PL201, PL206 and the mentor walk)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..core.document_cache import per_document
from .mentors.handles import MENTION
from ..core.model import Document, Field, Item, Proposal
from ..core.template import FieldSpec, TemplateSpec

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts a run only: linear


def looks_like_mentor(text: str) -> bool:
    """A line that names a GitHub handle and an email, as mentor entries do."""
    return bool(MENTION.search(text)) and bool(_EMAIL.search(text))


class Misplaced(NamedTuple):
    """An item that belongs to `spec` but stands under `host` (None: loose in the proposal)."""

    item: Item
    host: Field | None
    spec: FieldSpec


def _belongs_to(item: Item, template: TemplateSpec) -> FieldSpec | None:
    mentor_spec = template.mentor_field
    if item.label:
        spec = template.match_label(item.label).spec
        if spec is not None:
            return spec
        if mentor_spec is not None and "mentor" in item.label.casefold():
            return mentor_spec
    if mentor_spec is not None and looks_like_mentor(item.text):
        return mentor_spec
    return None


def _walk(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from _walk(item.items)


def _misplaced(proposal: Proposal, template: TemplateSpec) -> tuple[Misplaced, ...]:
    found = []
    for host in proposal.fields:
        host_spec = template.field(host.name) if host.name else None
        if host_spec is not None and host_spec.mentors:
            continue
        for item in _walk(host.items):
            spec = _belongs_to(item, template)
            if spec is not None and spec is not host_spec:
                found.append(Misplaced(item, host, spec))
    for item in _walk(proposal.loose_items):  # a field list nested under an unlabelled item too
        spec = _belongs_to(item, template)
        if spec is not None:
            found.append(Misplaced(item, None, spec))
    return tuple(found)


@per_document
def misplaced_by_proposal(document: Document) -> tuple[tuple[Misplaced, ...], ...]:
    """For each proposal of the document, in order: items that belong to another field than theirs."""
    return tuple(_misplaced(proposal, document.template) for proposal in document.proposals)
