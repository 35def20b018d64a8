"""Where a file stands in cncf/mentoring: its program, year and term, the same however it is named.

First from its path relative to the repository's root (`programs/summerofcode/2019.md` is GSoC
2019 from any working directory); where that path says nothing (a term folder copied out of the
repository), from the files' own words: the `_term` of the `lfx-export.json` beside it, a term
README's title (`# Term 03 - 2026 September - November`) or the title lines cncf's generator writes
(`CNCF - Jaeger: Title (2026 Term 3)`).
"""

from __future__ import annotations

import json
import os
import re

from ..cncf.layout import EXPORT_JSON, FilePlace, place_of, repository_path

_TERM_NAME = re.compile(r"(20\d\d) Term ([1-3])(?: \(([A-Za-z]+-[A-Za-z]+)\))?")
_README_TITLE = re.compile(r"^# +Term 0?([1-3]) *- *(20\d\d) +([A-Za-z]+)\.? *- *([A-Za-z]+)", re.M)
_GENERATED_TITLE = re.compile(r"^CNCF - [^\n]+: [^\n]+ \((20\d\d) Term ([1-3])\)$", re.M)
MONTH_LETTERS = 3  # `September - November` is written `Sep-Nov` in a term's name


def file_place(path: str, text: str) -> FilePlace:
    """The program, year and term of a file: its repository path's, else its own words'."""
    place = place_of(repository_path(path))
    if place.program is not None:
        return place
    return _exported_place(path) or _titled_place(text) or place


def _titled_place(text: str) -> FilePlace | None:
    title = _README_TITLE.search(text)
    if title is not None:
        months = "-".join(month[:MONTH_LETTERS].title() for month in title.group(3, 4))
        return FilePlace("lfx", int(title.group(2)), int(title.group(1)), months)
    generated = _GENERATED_TITLE.search(text)
    if generated is not None:
        return FilePlace("lfx", int(generated.group(1)), int(generated.group(2)))
    return None


def _exported_place(path: str) -> FilePlace | None:
    """The term the `lfx-export.json` beside a file names (its `_term`)."""
    if path.startswith("<"):
        return None
    try:
        with open(os.path.join(os.path.dirname(path), EXPORT_JSON), encoding="utf-8") as handle:
            term = json.load(handle).get("_term")
    except (OSError, ValueError, AttributeError):  # no export, not JSON (or not an object), a NUL in the name
        return None
    named = _TERM_NAME.fullmatch(term) if isinstance(term, str) else None
    if named is None:
        return None
    return FilePlace("lfx", int(named.group(1)), int(named.group(2)), named.group(3))
