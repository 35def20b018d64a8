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
from .placeholder_mentors import is_placeholder_mentor


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


class RepeatedField(NamedTuple):
    """A mentor field that only repeats the mentors of the same field next to it (`kept`), the
    one to delete; `garbled` when it writes them with less than `kept` does."""

    repeat: Field
    kept: Field
    garbled: bool


@per_document
def repeated_mentor_fields(document: Document) -> tuple[RepeatedField, ...]:
    """Mentor fields written twice in a row whose mentors are the same people: the one whose every
    entry the other has too (by handle, email or name), the one that writes less if both do,
    else the second is the repeat."""
    found = []
    for proposal in document.proposals:
        named = [f for f in proposal.fields if f.name is not None]
        for first, second in zip(named, named[1:]):
            if first.name != second.name or not first.mentors or not second.mentors:
                continue
            first_in, second_in = _covered(first, second), _covered(second, first)
            if first_in and second_in:
                repeat = first if _written(first.mentors) < _written(second.mentors) else second
            elif first_in or second_in:
                repeat = first if first_in else second
            else:
                continue
            kept = second if repeat is first else first
            found.append(RepeatedField(repeat, kept, _garbled(repeat, kept)))
    return tuple(found)


def _keys(mentor: Mentor) -> set[str]:
    return {key.casefold() for key in (login(mentor.handle), mentor.email, mentor.name) if key}


def _covered(field: Field, other: Field) -> bool:
    """Whether every entry of `field` names one of `other`'s mentors."""
    theirs = [_keys(mentor) for mentor in other.mentors]
    return all(any(_keys(mentor) & keys for keys in theirs) for mentor in field.mentors)


def _written(mentors: Sequence[Mentor]) -> int:
    """How much of `Name (@handle, email)` entries write, less what they write wrong."""
    return sum(bool(m.name) + bool(m.handle) + bool(m.email) - len(m.issues) for m in mentors)


def _garbled(repeat: Field, kept: Field) -> bool:
    """Whether `repeat` writes its mentors with less than `kept` writes the same people."""
    same = [m for m in kept.mentors if any(_keys(m) & _keys(r) for r in repeat.mentors)]
    return _written(repeat.mentors) < _written(same)


@per_document
def document_mentors(document: Document) -> tuple[PlacedMentor, ...]:
    """Every mentor entry of the document: each proposal's mentor fields first, then its misplaced
    mentor content. A field that only repeats the one beside it (PL205 reports it) and a placeholder
    entry (PL501) are left out."""
    placeholders = {placed.mentor.span for placed in placeholder_mentors(document)}
    return tuple(placed for placed in _all_mentors(document) if placed.mentor.span not in placeholders)


@per_document
def placeholder_mentors(document: Document) -> tuple[PlacedMentor, ...]:
    """The entries that are a template's shape with no mentor in it (`[Second Mentor's Name]
    (@second-mentor-github, second-mentor-email)`)."""
    placeholders = document.template.placeholders
    return tuple(placed for placed in _all_mentors(document) if is_placeholder_mentor(placed.mentor, placeholders))


@per_document
def _all_mentors(document: Document) -> tuple[PlacedMentor, ...]:
    found = []
    repeats = {repeated.repeat.label_span for repeated in repeated_mentor_fields(document)}
    for proposal, strays in zip(document.proposals, misplaced_by_proposal(document)):
        for field in proposal.fields:
            if field.label_span in repeats:
                continue
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
