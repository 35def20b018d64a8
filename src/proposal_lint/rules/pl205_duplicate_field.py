"""PL205 duplicate-field: the same field twice in one proposal."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal in document.proposals:
        first_line: dict[str, int] = {}
        for field in proposal.fields:
            if field.name is None:
                continue
            if field.name in first_line:
                yield Problem(
                    field.label_span,
                    f"`{field.label}` repeats the field at line {first_line[field.name]}; merge the two into one",
                    proposal=proposal,
                    field=field,
                )
            else:
                first_line[field.name] = field.span.line


RULE = Rule("PL205", "duplicate-field", Severity.ERROR, "Field appears twice in a proposal", check=check)
