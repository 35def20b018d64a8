"""A document's mentors wherever the rules see them: in its mentor fields, and in mentor
content misplaced under another field or loose in a proposal. The one walk the rules, the
online stage and `--fix` share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..core.document_cache import per_document
from .misplaced import misplaced_by_proposal
from ..core.model import Document, Field, Mentor, Proposal, Span
from .mentors.handles import login
from .mentors.read import parse_mentors


class PlacedMentor(NamedTuple):
    """A mentor entry, its proposal, and the field it stands in (None: loose in the proposal);
    `misplaced`: the entry stands outside the mentor field (`field` is then the one it is under)."""

    mentor: Mentor
    proposal: Proposal
    field: Field | None
    misplaced: bool = False

    @property
    def login(self) -> str:
        """The handle as GitHub's login, without `@` (empty when the entry has none)."""
        return login(self.mentor.handle)

    @property
    def handle_span(self) -> Span:
        """Where the handle is written (the entry when it has none)."""
        return self.mentor.handle_span or self.mentor.span


@per_document
def document_mentors(document: Document) -> tuple[PlacedMentor, ...]:
    """Every mentor entry of the document: each proposal's mentor fields first, then its misplaced mentor content."""
    found = []
    for proposal, strays in zip(document.proposals, misplaced_by_proposal(document)):
        for field in proposal.fields:
            found += [PlacedMentor(mentor, proposal, field) for mentor in field.mentors]
        for stray in strays:
            if stray.spec.mentors:
                found += [
                    PlacedMentor(mentor, proposal, stray.host, misplaced=True)
                    for mentor in parse_mentors(stray.item.text, stray.item.span, document.lines)
                ]
    return tuple(found)


def run_mentors(documents: Sequence[Document]) -> Iterator[PlacedMentor]:
    """Every mentor entry of a run's documents, document by document."""
    for document in documents:
        yield from document_mentors(document)


def inline_runs(placed: Sequence[PlacedMentor]) -> Iterator[tuple[PlacedMentor, ...]]:
    """The entries in runs written on one line (`Mentor.inline` counts a run), each other entry alone."""
    i = 0
    while i < len(placed):
        count = max(placed[i].mentor.inline, 1)
        yield tuple(placed[i : i + count])
        i += count
