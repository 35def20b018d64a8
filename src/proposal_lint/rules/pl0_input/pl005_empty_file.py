"""PL005 empty-file: the file holds nothing but white space."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not any(line.strip() for line in document.lines):
        yield Problem(Span(document.path, 1, 1, 1, 1), "file is empty; add a proposal from the template or remove the file")


RULE = Rule("PL005", "empty-file", Severity.WARNING, "File is empty", check=check)
