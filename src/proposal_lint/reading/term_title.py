"""What an LFX term file's title says of its term (`# Term 03 - 2024 September - November`,
`## Q3 - Fall'2021`) and its term lines (`**Summer Term: June 1st - August 31st**`), beside what its
folder says (cncf.layout's reading of `2024/03-Sep-Nov`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..cncf.layout import FilePlace, place_of, repository_path
from ..core.model import Span

_ATX = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_TERM_WORD = re.compile(r"\bTerm[ \t]*0?([1-9])\b|\bQ([1-4])\b", re.I)
_WORDS = re.compile(
    r"\bTerm[ \t]*0?(?P<term>[1-9])\b|\bQ(?P<q>[1-4])\b|(?<!\d)(?P<year>20\d\d)(?!\d)"
    r"|\b(?P<season>Spring|Summer|Fall|Autumn)\b|\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
    re.I,
)
# A line that states a term and its dates: `**Spring Term: March 1st - May 31st**`, `Fall Term: September
# 1st - ...`, `#### Term 3: September 5th - November 30th` (2021-2022 READMEs, above their timeline).
_TERM_LINE = re.compile(
    r" {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(?:(?:Spring|Summer|Fall|Autumn)[ \t]+Term|Term[ \t]*0?[1-9]|Q[1-4])\b"
    r"[^:\n]{0,30}:[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.I,
)
_SEASONS = {"spring": 1, "summer": 2, "fall": 3, "autumn": 3}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_MONTH = {name[:3].lower(): number for number, name in enumerate(MONTHS, 1)}


class Disagreement(NamedTuple):
    """A title word that names another term than the folder: what it says, what the folder says."""

    said: str
    meant: str
    span: Span


def folder_place(path: str) -> FilePlace:
    """The program, year and term the file's repository path names."""
    return place_of(repository_path(path))


def _outside_fences(lines: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Each line (number, text) that no fenced code block holds, fence lines left out."""
    fence = None
    for number, line in enumerate(lines, 1):
        opening = _FENCE.match(line)
        if opening:
            fence = None if fence == opening.group(1) else (fence or opening.group(1))
        elif fence is None:
            yield number, line


def title_line(lines: tuple[str, ...]) -> tuple[int, str] | None:
    """The file's first heading (line number, text) when it is a term title: `#` or `##` and naming a
    term (`Term 2`, `Q2`)."""
    for number, line in _outside_fences(lines):
        heading = _ATX.fullmatch(line)
        if heading:
            text = heading.group(2)
            return (number, line) if len(heading.group(1)) <= 2 and _TERM_WORD.search(text) else None
    return None


def term_lines(lines: tuple[str, ...]) -> list[tuple[int, str]]:
    """The lines (number, text) that state a term and its dates (`**Summer Term: June 1st - August 31st**`)."""
    return [(number, line) for number, line in _outside_fences(lines) if _TERM_LINE.match(line)]


def folder_months(place: FilePlace) -> tuple[int, int] | None:
    """First and last month of the folder's term name (`Sep-Nov` -> (9, 11)); None for `Spring`."""
    parts = (place.months or "").lower().split("-")
    numbers = tuple(_MONTH.get(part[:3]) for part in parts)
    return (numbers[0], numbers[-1]) if len(numbers) == 2 and None not in numbers else None


def disagreements(path: str, line_no: int, line: str, place: FilePlace) -> list[Disagreement]:
    """Each word of the title that names another term number, season, year or month than the folder."""
    found: list[Disagreement] = []
    months = [match for match in _WORDS.finditer(line) if match.group("month")]
    for match in _WORDS.finditer(line):
        said = match.group(0)
        span = Span(path, line_no, match.start() + 1, line_no, match.end() + 1)
        number = match.group("term") or match.group("q")
        if number and place.term and int(number) != place.term and not (match.group("q") and number == "4"):
            found.append(Disagreement(said, f"term {place.term}", span))
        elif match.group("season") and place.term and _SEASONS[said.lower()] != place.term:
            found.append(Disagreement(said, f"term {place.term}", span))
        elif match.group("year") and place.year and int(said) != place.year:
            found.append(Disagreement(said, str(place.year), span))
    expected = folder_months(place)
    if expected and len(months) == 2:
        for match, month in zip(months, expected):
            if _MONTH[match.group("month").lower()] != month:
                span = Span(path, line_no, match.start() + 1, line_no, match.end() + 1)
                found.append(Disagreement(match.group(0), MONTHS[month - 1], span))
    return found
