"""Mentor texts, list items and fields to `Mentor` records with exact spans."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...core.model import Field, Item, Mentor, Span
from .classification import NOT_NAMES, ROLES
from .entries import EntryReader
from .entry import Entry, Written
from .handles import is_github_handle
from .tokens import SAME_WIDTH, positions, with_line_breaks

Position = Callable[[int], tuple[int, int]]
_IDENTITY_MARK = re.compile(r"[@()\[\]<>|]|https?://|\bdot\b", re.I)  # a handle, email, link, group
_NAME_PARTICLES = {"and", "&", "de", "da", "di", "del", "la", "le", "van", "von", "der", "den", "bin", "al"}
_NOTE_WORDS, _NOTE_LOWERCASE = 6, 3
_GROUP_LABEL = re.compile(r"[*_]{0,2}(?P<role>[A-Za-z-]+)(?: mentors?)?[*_]{0,2}:?[*_]{0,2}", re.I)


def _span(path: str, position: Position, start: int, end: int) -> Span:
    first, last = position(start), position(max(end - 1, start))
    return Span(path, first[0], first[1], last[0], last[1])


def _located_span(path: str, position: Position, located: Written | None) -> Span | None:
    return _span(path, position, located.start, located.end) if located else None


def _mentor(text: str, entry: Entry, path: str, position: Position) -> Mentor:
    end = entry.end
    while end > entry.start and text[end - 1] in " ,;":
        end -= 1
    name = entry.name_text
    if name is None and entry.name is not None:
        name = text[entry.name.start:entry.name.end]
    name = name.replace("\n", " ").strip(" -:*_") or None if name else None
    issues = list(entry.issues)
    handle, email = entry.handle, entry.email
    if name is None and "no-name" not in issues:
        issues.append("no-name")
    elif (name is not None and handle is not None and is_github_handle(handle.value)
          and name.lstrip("@").casefold() == handle.value.casefold() and name.casefold() not in NOT_NAMES):
        issues.append("name-is-handle")  # `hsj576 (@hsj576, ...)`: the handle typed where the name belongs
    return Mentor(
        raw=text[entry.start:end].replace("\n", " "),
        span=_span(path, position, entry.start, end),
        name=name,
        handle=handle.value if handle else None,
        email=email.value if email else None,
        role=entry.role,
        handle_span=_located_span(path, position, handle),
        email_span=_located_span(path, position, email),
        handle_source=handle.source if handle else None,
        email_form=email.source if email else None,
        profile_url=entry.profile_url,
        issues=tuple(issues),
    )


def parse_mentors(text: str, span: Span, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """Every mentor entry in `text`, which starts at `span` (lines let multi-line text map back)."""
    if not text.strip():
        return ()
    where = positions(text, span, lines)
    normal = with_line_breaks(text.translate(SAME_WIDTH), where)
    position = where.__getitem__ if where else (lambda offset: (span.line, span.column + offset))
    entries = EntryReader(normal).entries(0, len(normal))
    return _inline_by_line(tuple(_mentor(normal, e, span.path, position) for e in entries))


def _inline_by_line(mentors: tuple[Mentor, ...]) -> tuple[Mentor, ...]:
    """Each mentor with `inline` set to the number of entries that start on its line."""
    out: list[Mentor] = []
    i = 0
    while i < len(mentors):
        j = i
        while j < len(mentors) and mentors[j].span.line == mentors[i].span.line:
            j += 1
        out.extend(m._replace(inline=j - i) for m in mentors[i:j])
        i = j
    return tuple(out)


def is_note(text: str) -> bool:
    """`Nico Pazos and Alex Greenbank from Grafana also available to help` (ca2397a8): a sentence
    under Mentor(s), not an entry. No handle, email, link or parentheses, and many words, several of
    them lowercase (a verb phrase; names are capitalised, bar particles like `de`, `van`)."""
    if _IDENTITY_MARK.search(text):
        return False
    words = text.split()
    lowercase = [w for w in words if w[:1].islower() and w.casefold() not in _NAME_PARTICLES]
    return len(words) >= _NOTE_WORDS and len(lowercase) >= _NOTE_LOWERCASE


def mentors_in_item(item: Item, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """The mentors of one list item and of the items nested under it; an item that only names a
    role (`Primary`, `Adjunct mentors:`) gives that role to the mentors nested under it; a note
    (`is_note`) names none."""
    group = _GROUP_LABEL.fullmatch(item.text.strip())
    role = ROLES.get(group.group("role").casefold()) if group and item.items else None
    found = () if role or is_note(item.text) else parse_mentors(item.text, item.span, lines)
    for sub in item.items:
        nested = mentors_in_item(sub, lines)
        found += tuple(m._replace(role=m.role or role) for m in nested) if role else nested
    return found


def mentors_in_field(field_: Field, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """The mentors of a mentor field: its nested items, and its value when that names someone.

    With nested items, a value without handle or email (`Mentor(s): #For GSoC, at least 2
    mentors...`) is a note, not a mentor.
    """
    found = parse_mentors(field_.value, field_.value_span, lines) if field_.value else ()
    if field_.items:
        found = _inline_by_line(tuple(m for m in found if m.handle or m.email))
        for item in field_.items:
            found += mentors_in_item(item, lines)
    return found
