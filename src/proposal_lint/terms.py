"""A file's term, as its path in cncf/mentoring's layout gives it."""

from __future__ import annotations

import re

_YEAR = re.compile(r"20\d\d")
_NAMED_YEAR = re.compile(r"(?:^|[-_. ])(20\d\d)(?=$|[-_. ])")


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
