"""Which mentorship term a file belongs to, read from its path.

cncf/mentoring lays a term out as `programs/lfx-mentorship/<year>/<term>/` (its
`project_ideas.md`, `README.md`, `selected_projects.md`) or, for a single-term year,
`<year>/README.md`; a GSoC year is one file, `programs/summerofcode/<year>.md`. A path
that says nothing of a term makes the file a term of its own.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

_YEAR = re.compile(r"(?:19|20)\d\d")
T = TypeVar("T")


def term_of(path: str) -> str:
    """The term's key: its directory for `<year>/<term>/file` and `<year>/file`, else the file."""
    normal = posixpath.normpath(path.replace("\\", "/"))
    parts = normal.split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    if _YEAR.fullmatch(stem):
        return normal  # a year's file (GSoC) is a term of its own
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
