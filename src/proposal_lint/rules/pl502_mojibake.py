"""PL502 mojibake: UTF-8 text that was decoded as Windows-1252 somewhere (`donâ€™t`)."""

import re
from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document, Span
from ..registry import Rule

# A UTF-8 lead byte read as Latin-1/cp1252, then a continuation byte read the same way.
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _changed_region(before: str, after: str) -> tuple[int, int, int]:
    """Start, end (exclusive) in `before`, and end in `after` of the differing region."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    tail = 0
    while tail < min(len(before), len(after)) - start and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return start, len(before) - tail, len(after) - tail


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for index, line in enumerate(document.lines):
        line_no = index + 1
        if line_no in document.skipped_lines or not _SUSPECT.search(line):
            continue
        import ftfy

        fixed = ftfy.fix_encoding(line)
        if fixed == line:
            continue
        start, end, fixed_end = _changed_region(line, fixed)
        word_start, word_end = _word_bounds(line, start, end)
        suggestion = fixed[word_start : fixed_end + (word_end - end)]
        yield Problem(
            Span(document.path, line_no, start + 1, line_no, max(end, start + 1)),
            f"mojibake `{line[word_start:word_end]}`; did you mean `{suggestion}`? Re-type or paste it as UTF-8",
            proposal=document.proposal_at(line_no),
        )


RULE = Rule("PL502", "mojibake", Severity.WARNING, "Mis-decoded characters (mojibake)", check=check, fixable=True)
