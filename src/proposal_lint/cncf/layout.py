"""Where a file sits in cncf/mentoring's layout: its program, its term's year and number, and
which files belong to one term.

`programs/lfx-mentorship/2024/02-Jun-Aug/README.md` is LFX, 2024, term 2;
`programs/summerofcode/2022.md` is GSoC 2022. LFX Mentorship's terms stood under `communitybridge/`
until January 2021 (cncf/mentoring c0248886, "CB -> LFX renaming"): the same layout under its old
name. A path that says nothing gives Nones.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

_YEAR = re.compile(r"20\d\d")
_NAMED_YEAR = re.compile(r"(?:^|[-_. ])(20\d\d)(?=$|[-_. ])")
_LFX = re.compile(r"(?:^|/)(?:lfx-mentorship|communitybridge)/", re.I)
_GSOC = re.compile(r"(?:^|/)(?:summerofcode|gsoc)(?:/|-20\d\d)", re.I)
_LFX_TERM = re.compile(r"(?:^|/)(?:lfx-mentorship|communitybridge)/20\d\d/(?P<term>[^/]+)/[^/]+$", re.I)
_TERM_NUMBER = re.compile(r"^(?:0?(?P<n>[1-3])\b|q(?P<q>[1-4]))", re.I)
T = TypeVar("T")


class FilePlace(NamedTuple):
    """Program (`lfx` or `gsoc`), year and term number a path names, where it names them."""

    program: str | None = None
    year: int | None = None
    term: int | None = None
    months: str | None = None  # an LFX term's months as cncf writes them in its name: `Sep-Nov`

    @property
    def when(self) -> tuple[int, int]:
        """(year, term) for comparing eras; an unknown term sorts first in its year."""
        return (self.year or 0, self.term or 0)


def term_year(path: str) -> int | None:
    """The year of a file's term, from its path as cncf/mentoring lays terms out: a folder named
    for the year (`lfx-mentorship/2026/03-Sep-Nov/README.md`) or a year in the file name
    (`summerofcode/2026.md`, `gsoc-2025.md`); None when the path gives none."""
    *folders, name = re.split(r"[/\\]", path)
    named = _NAMED_YEAR.findall(name)
    if named:
        return int(named[-1])
    years = [int(folder) for folder in folders[-3:] if _YEAR.fullmatch(folder)]
    return years[-1] if years else None


def _term_number(directory: str) -> int | None:
    """`02-Jun-Aug` is 2, `03-Sept-Nov` 3, `q3-q4` 3, `q1` 1."""
    match = _TERM_NUMBER.match(directory)
    if match is None:
        return None
    if match.group("q"):
        return min(int(match.group("q")), 3)
    return int(match.group("n"))


def place_of(path: str) -> FilePlace:
    """The program, year and term that a file's path names in cncf/mentoring's layout."""
    path = path.replace("\\", "/")
    if _LFX.search(path):
        term = _LFX_TERM.search(path)
        if term is None:
            return FilePlace("lfx", term_year(path))
        directory = term.group("term")
        months = re.sub(r"^(?:0?[1-3]|q[1-4])[-_ ]?", "", directory, flags=re.I)
        return FilePlace("lfx", term_year(path), _term_number(directory),
                         months if re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", months) else None)
    if _GSOC.search(path):
        return FilePlace("gsoc", term_year(path))
    return FilePlace()


def repository_path(path: str) -> str:
    """Where a file sits in its repository, however it is named: its path (its folder resolved, its
    own name kept, so a symlink stands where it is linked) relative to the nearest folder above it
    that holds `programs/` (cncf/mentoring's root) or `.git` (the git top level), `/`-separated; its
    absolute path when no such folder is above it. A name that is no file's (`<stdin>`) is kept."""
    if path.startswith("<"):
        return path
    try:
        folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
        resolved = os.path.join(folder, os.path.basename(path))
        root = _root_of(folder)
    except (OSError, ValueError):  # a name no file can have (a NUL byte)
        return path
    relative = os.path.relpath(resolved, root) if root is not None else resolved
    return relative.replace(os.sep, "/")


def _root_of(directory: str) -> str | None:
    """The nearest folder at or above `directory` that holds `programs/` or `.git`."""
    while True:
        if os.path.isdir(os.path.join(directory, "programs")) or os.path.exists(os.path.join(directory, ".git")):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def year_of_file(path: str) -> int | None:
    """term_year of a file's repository path: the same however the file is named."""
    return term_year(repository_path(path))


PROPOSALS_FILE = "project_ideas.md"  # where mentors propose, by PR, in an LFX term's folder


def is_proposals_file(path: str) -> bool:
    """Whether a path names a term's `project_ideas.md` (mentors' proposals, not the admins' README)."""
    return posixpath.basename(path.replace("\\", "/")).casefold() == PROPOSALS_FILE


# The files cncf's automation writes beside a term README for the LFX platform (read by cncf.export_files).
EXPORT_JSON, TRACKING_CSV = "lfx-export.json", "lfx-tracking.csv"


def name_of_term(place: FilePlace) -> str | None:
    """A place's term written as cncf names it: `2026 Term 3 (Sep-Nov)` for
    `lfx-mentorship/2026/03-Sep-Nov/README.md` (the issue form's Term value), `GSoC 2026` for
    `summerofcode/2026.md`; None when it names no term."""
    if place.program == "gsoc" and place.year:
        return f"GSoC {place.year}"
    if place.program != "lfx" or not (place.year and place.term):
        return None
    return f"{place.year} Term {place.term}" + (f" ({place.months})" if place.months else "")


def term_of(path: str) -> str:
    """The term's key: its directory for `<year>/<term>/file` and `<year>/file`, else the file
    (a year's file, as GSoC has, is a term of its own)."""
    normal = posixpath.normpath(path.replace("\\", "/"))
    parts = normal.split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    if _YEAR.fullmatch(stem):
        return normal
    if len(parts) >= 2 and _YEAR.fullmatch(parts[-2]):
        return posixpath.dirname(normal)
    if len(parts) >= 3 and _YEAR.fullmatch(parts[-3]):
        return posixpath.dirname(normal)
    return normal


def by_term(items: Iterable[T], path: Callable[[T], str]) -> Iterator[Sequence[T]]:
    """`items` grouped by the term of their path, groups in order of first appearance."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(term_of(path(item)), []).append(item)
    yield from groups.values()
