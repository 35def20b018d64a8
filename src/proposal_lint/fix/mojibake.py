"""PL502 fix: the mis-decoded characters the rule found, repaired with ftfy.fix_encoding."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import RunContext
from ..model import Document
from ..rules.pl502_mojibake import check as find_mojibake
from .edits import Edit, Fix


def fixes(document: Document, context: RunContext) -> Iterator[Fix]:
    for problem in find_mojibake(document, context):
        import ftfy  # only once the rule found a suspect line, as the rule itself does

        span = problem.span
        line = document.lines[span.line - 1]
        repaired = ftfy.fix_encoding(line)
        start, end = span.column - 1, span.end_column
        replacement = repaired[start : len(repaired) - (len(line) - end)]
        if replacement == line[start:end] or ftfy.fix_encoding(repaired) != repaired:
            continue
        yield Fix(
            "PL502",
            f"`{line[start:end]}` -> `{replacement}`",
            (Edit.replace(span, replacement),),
            span.line,
            span.column,
        )
