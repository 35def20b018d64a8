"""Who a mentor entry is, and where it stands (shared by the PL3xx rules)."""

from __future__ import annotations

from collections.abc import Sequence

from ..api import Mentor, PlacedMentor


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


def where(placed: PlacedMentor) -> str:
    """`path:line` of an entry, for messages that name another place."""
    return f"{placed.mentor.span.path}:{placed.mentor.span.line}"
