"""PL502 mojibake: UTF-8 text that was decoded as Windows-1252 somewhere (`donâ€™t`).

Fix: the mis-decoded characters found, repaired with ftfy.fix_encoding, computed with the problem.
"""

import re
from collections.abc import Iterator

from ..api import Document, Edit, Fix, Problem, Rule, RunContext, Severity, Span, carried_fixes

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
        span = Span(document.path, line_no, start + 1, line_no, max(end, start + 1))
        yield Problem(
            span,
            f"mojibake `{line[word_start:word_end]}`; did you mean `{suggestion}`? Re-type or paste it as UTF-8",
            proposal=document.proposal_at(line_no),
            fix=_fix(line, fixed, span),
        )


def _fix(line: str, repaired: str, span: Span) -> Fix | None:
    """The found characters replaced by their repair, unless ftfy would repair the repair again."""
    import ftfy

    start, end = span.column - 1, span.end_column
    replacement = repaired[start : len(repaired) - (len(line) - end)]
    if replacement == line[start:end] or ftfy.fix_encoding(repaired) != repaired:
        return None
    description = f"`{line[start:end]}` -> `{replacement}`"
    return Fix("PL502", description, (Edit.replace(span, replacement),), span.line, span.column)


RULE = Rule("PL502", "mojibake", Severity.WARNING, "Mis-decoded characters (mojibake)",
            check=check, fix=carried_fixes(check))
