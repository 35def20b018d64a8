"""Proposals written under one title: a field list that starts over (shared by PL205, PL313, PL315).

`#### Title`, its fields, a blank line, then `- Description: ...` and the rest again: the second
list is another proposal whose title heading is missing. A part starts where a field repeats and
at least one more field after it repeats too, before any field the part has not had.
"""

from __future__ import annotations

from ..core.document_cache import per_document
from ..core.model import Document, Field, Proposal


def _parts(proposal: Proposal) -> tuple[tuple[Field, ...], ...]:
    named = [f for f in proposal.fields if f.name is not None]
    parts: list[list[Field]] = [[]]
    seen: set[str] = set()
    for index, field in enumerate(named):
        if field.name in seen and _starts_over(named, index, seen):
            parts.append([])
            seen = set()
        parts[-1].append(field)
        seen.add(field.name)
    return tuple(tuple(part) for part in parts if part)


def _starts_over(fields: list[Field], index: int, seen: set[str]) -> bool:
    """The field at `index` repeats one of `seen`, and so does the next named field."""
    following = fields[index + 1] if index + 1 < len(fields) else None
    return following is not None and following.name in seen and following.name != fields[index].name


@per_document
def proposal_parts(document: Document) -> tuple[tuple[tuple[Field, ...], ...], ...]:
    """For each proposal of the document, its fields split where the field list starts over."""
    return tuple(_parts(proposal) for proposal in document.proposals)


def part_of(parts: tuple[tuple[Field, ...], ...], line: int) -> int:
    """Index of the part that holds `line` (0 before the second part starts)."""
    index = 0
    for number, part in enumerate(parts):
        if part[0].span.line <= line:
            index = number
    return index
