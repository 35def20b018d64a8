"""PL114 term-title-mismatch: an LFX term file's title, or a line stating its term and dates, names
another term than its folder (`# Term 02 - 2024 June - August` in `2024/03-Sep-Nov/README.md`)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.term_title import MONTHS, disagreements, folder_months, folder_place, term_lines, title_line


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    place = folder_place(document.path)
    if place.program != "lfx" or place.term is None:
        return
    folder = f"{place.year}/{place.term:02d}{'-' + place.months if place.months else ''}"
    title = title_line(document.lines)
    if title is not None:
        wrong = disagreements(document.path, *title, place)
        if wrong:
            yield Problem(_span(wrong), f"the title names another term than its folder `{folder}`: {_said(wrong)}; "
                                        f"{_fix(place)}")
    stated = [(number, line, disagreements(document.path, number, line, place))
              for number, line in term_lines(document.lines) if title is None or number != title[0]]
    right = next((number for number, _, wrong in stated if not wrong), None)
    for number, line, wrong in stated:
        if wrong:
            then = (f"line {right} states the folder's term already: delete this line" if right is not None
                    else "write the folder's term here")
            yield Problem(_span(wrong), f"this term line names another term than its folder `{folder}`: "
                                        f"{_said(wrong)}; {then}")


def _said(wrong) -> str:
    return ", ".join(f"`{w.said}` (the folder: {w.meant})" for w in wrong)


def _span(wrong):
    return wrong[0].span._replace(end_column=wrong[-1].span.end_column)


def _fix(place) -> str:
    months = folder_months(place)
    if months is None:
        return "correct the title"
    first, last = (MONTHS[month - 1] for month in months)
    return f"write `# Term {place.term:02d} - {place.year} {first} - {last}`"


RULE = Rule("PL114", "term-title-mismatch", Severity.WARNING,
            "Term file's title or term line names another term than its folder",
            check=check)
