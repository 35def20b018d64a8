"""The issue form's Mentors field: one mentor per line, `Full Name | @handle | email | LFID`.

Each line is split at `|` as cncf's validator splits it; the first line is the primary
mentor. An email written as `<address>`, `mailto:address` or `[text](mailto:address)` is
unwrapped (and the wrapping noted for the format rule). A line without 3 or 4 fields is read
leniently, so the rules can still say what it holds and suggest the form's line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..mentors import parse_mentors
from ...core.model import Field, Mentor, Span

FIELD_COUNTS = (3, 4)
_MAILTO_LINK = re.compile(r"\[[^\]]*\]\(mailto:(?P<addr>[^)]+)\)", re.I)
_ANGLE = re.compile(r"<(?P<addr>.*)>")
_MAILTO = re.compile(r"mailto:(?P<addr>.*)", re.I)
_EMAIL_FORMS = ((_MAILTO_LINK, "link"), (_ANGLE, "angle"), (_MAILTO, "mailto"))


class _Cell(NamedTuple):
    """One `|`-separated field of a line: trimmed text and its [start, end) columns (0-based)."""

    text: str
    start: int
    end: int


def _cells(line: str) -> list[_Cell]:
    cells, position = [], 0
    for piece in line.split("|"):
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        cells.append(_Cell(text, position + lead, position + lead + len(text)))
        position += len(piece) + 1
    return cells


def unwrap_email(text: str) -> tuple[str, str]:
    """The bare address in a mentor's email cell, and how it was written (plain, link, angle, mailto)."""
    for pattern, form in _EMAIL_FORMS:
        match = pattern.fullmatch(text)
        if match:
            address = match.group("addr").strip()
            if form == "angle":
                address = _MAILTO.sub(r"\g<addr>", address).strip()
            return address, form
    return text, "plain"


def _lenient(line: str, line_no: int, path: str, primary: bool, count: int) -> Mentor:
    """A line that is not `Name | @handle | email | LFID`: what the general mentor reader makes of it."""
    start = len(line) - len(line.lstrip())
    span = Span(path, line_no, start + 1, line_no, len(line.rstrip()))
    found = parse_mentors(line[start:].rstrip(), span)
    base = found[0] if len(found) == 1 else Mentor(raw=line.strip(), span=span)
    return base._replace(raw=line.strip(), span=span, role="primary" if primary else "co-mentor",
                         issues=(), inline=1, lfid="", fields=count)


def form_mentor(line: str, line_no: int, path: str, primary: bool) -> Mentor:
    """One line of the Mentors field as a mentor record with spans."""
    cells = _cells(line)
    if len(cells) not in FIELD_COUNTS:
        return _lenient(line, line_no, path, primary, len(cells))

    def span(cell: _Cell) -> Span:
        return Span(path, line_no, cell.start + 1, line_no, max(cell.end, cell.start + 1))

    name, handle, email = cells[:3]
    lfid = cells[3] if len(cells) == 4 else None
    address, email_form = unwrap_email(email.text)
    start = len(line) - len(line.lstrip())
    return Mentor(
        raw=line.strip(),
        span=Span(path, line_no, start + 1, line_no, len(line.rstrip())),
        name=name.text or None,
        handle=handle.text.removeprefix("@") or None,
        email=address or None,
        role="primary" if primary else "co-mentor",
        handle_span=span(handle),
        email_span=span(email),
        handle_source="mention" if handle.text.startswith("@") else "bare",
        email_form=email_form,
        issues=() if email_form == "plain" else (f"email-{email_form}",),
        lfid=lfid.text if lfid else "",
        lfid_span=span(lfid) if lfid else None,
        fields=len(cells),
    )


def form_mentors(field: Field, lines: Sequence[str]) -> tuple[Mentor, ...]:
    """The mentors of the Mentors field, one per non-blank line; the first is the primary."""
    if not field.value:
        return ()
    found: list[Mentor] = []
    for line_no in range(field.value_span.line, field.value_span.end_line + 1):
        line = lines[line_no - 1]
        if line.strip():
            found.append(form_mentor(line, line_no, field.span.path, primary=not found))
    return tuple(found)
