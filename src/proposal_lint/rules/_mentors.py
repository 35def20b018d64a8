"""The mentor entries of a document, wherever they stand (shared by the PL3xx rules)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..document_cache import per_document
from ..mentors import parse_mentors
from ..model import Document, Field, Mentor, Proposal
from ._misplaced import misplaced_by_proposal


class PlacedMentor(NamedTuple):
    """A mentor entry, its proposal, and the field it stands in (None: loose in the proposal)."""

    mentor: Mentor
    proposal: Proposal
    field: Field | None


@per_document
def document_mentors(document: Document) -> tuple[PlacedMentor, ...]:
    """Every mentor entry of the document: mentor fields first, then misplaced mentor content."""
    found = []
    for proposal, strays in zip(document.proposals, misplaced_by_proposal(document)):
        for field in proposal.fields:
            found += [PlacedMentor(mentor, proposal, field) for mentor in field.mentors]
        for stray in strays:
            if stray.spec.mentors:
                found += [
                    PlacedMentor(mentor, proposal, stray.host)
                    for mentor in parse_mentors(stray.item.text, stray.item.span, document.lines)
                ]
    return tuple(found)


def mentor_keys(mentor: Mentor) -> list[str]:
    """What identifies a mentor: handle, email, LF ID; the name only when none is given."""
    keys = [f"@{mentor.handle.casefold()}"] if mentor.handle else []
    keys += [mentor.email.casefold()] if mentor.email else []
    keys += [f"lfid:{mentor.lfid.casefold()}"] if mentor.lfid else []
    if not keys and mentor.name:
        keys.append(" ".join(mentor.name.casefold().split()))
    return keys


def distinct_mentors(mentors: Sequence[Mentor]) -> list[Mentor]:
    """The mentors, each written once: an entry with the handle of an earlier one (or, without a
    handle, its email, LF ID or name) is that person again."""
    seen: set[str] = set()
    kept = []
    for mentor in mentors:
        identity = mentor_keys(mentor)[:1]
        if not seen.intersection(identity):
            kept.append(mentor)
        seen.update(identity)
    return kept


def run_mentors(documents: Sequence[Document]) -> Iterator[PlacedMentor]:
    for document in documents:
        yield from document_mentors(document)


def where(placed: PlacedMentor) -> str:
    """`path:line` of an entry, for messages that name another place."""
    return f"{placed.mentor.span.path}:{placed.mentor.span.line}"
