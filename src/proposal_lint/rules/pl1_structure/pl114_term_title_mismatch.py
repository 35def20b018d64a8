"""PL114 term-title-mismatch: an LFX term file's title names another term than its folder
(`# Term 02 - 2024 June - August` in `2024/03-Sep-Nov/README.md`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.term_title import MONTHS, disagreements, folder_months, folder_place, title_line


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    place = folder_place(document.path)
    if place.program != "lfx" or place.term is None:
        return
    title = title_line(document.lines)
    if title is None:
        return
    line_no, line = title
    wrong = disagreements(document.path, line_no, line, place)
    if not wrong:
        return
    said = ", ".join(f"`{w.said}` (the folder: {w.meant})" for w in wrong)
    span = wrong[0].span._replace(end_column=wrong[-1].span.end_column)
    yield Problem(span, f"the title names another term than its folder `{place.year}/{place.term:02d}"
                        f"{'-' + place.months if place.months else ''}`: {said}; {_fix(place)}")


def _fix(place) -> str:
    months = folder_months(place)
    if months is None:
        return "correct the title"
    first, last = (MONTHS[month - 1] for month in months)
    return f"write `# Term {place.term:02d} - {place.year} {first} - {last}`"


RULE = Rule("PL114", "term-title-mismatch", Severity.WARNING, "Term file's title names another term than its folder",
            check=check)
