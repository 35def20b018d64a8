"""Where a file sits in cncf/mentoring's layout: its program, year and term.

`programs/lfx-mentorship/2024/02-Jun-Aug/README.md` is LFX, 2024, term 2;
`programs/summerofcode/2022.md` is GSoC 2022. A path that says nothing gives Nones.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_LFX = re.compile(r"(?:^|/)lfx-mentorship/(?P<year>20\d\d)(?:/(?P<term>[^/]+))?/[^/]+$", re.I)
_GSOC = re.compile(r"(?:^|/)(?:summerofcode|gsoc)/(?:(?P<year>20\d\d)\.md|(?P<dir>20\d\d)/[^/]+)$", re.I)
_TERM_NUMBER = re.compile(r"^(?:0?(?P<n>[1-3])\b|q(?P<q>[1-4]))", re.I)


class FilePlace(NamedTuple):
    """Program (`lfx` or `gsoc`), year and term number a path names, where it names them."""

    program: str | None = None
    year: int | None = None
    term: int | None = None

    @property
    def when(self) -> tuple[int, int]:
        """(year, term) for comparing eras; an unknown term sorts first in its year."""
        return (self.year or 0, self.term or 0)


def _term_number(directory: str | None) -> int | None:
    """`02-Jun-Aug` is 2, `03-Sept-Nov` 3, `q3-q4` 3, `q1` 1."""
    if not directory:
        return None
    match = _TERM_NUMBER.match(directory)
    if match is None:
        return None
    if match.group("q"):
        return min(int(match.group("q")), 3)
    return int(match.group("n"))


def place_of(path: str) -> FilePlace:
    """The program, year and term that a file's path names in cncf/mentoring's layout."""
    path = path.replace("\\", "/")
    match = _LFX.search(path)
    if match:
        return FilePlace("lfx", int(match.group("year")), _term_number(match.group("term")))
    match = _GSOC.search(path)
    if match:
        return FilePlace("gsoc", int(match.group("year") or match.group("dir")))
    if re.search(r"(?:^|/)(?:summerofcode|gsoc)/", path, re.I):
        return FilePlace("gsoc")
    if re.search(r"(?:^|/)lfx-mentorship/", path, re.I):
        return FilePlace("lfx")
    return FilePlace()
