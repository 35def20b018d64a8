"""PL205 duplicate-field: the same field twice in one proposal.

When the whole field list starts over (`- Description:` and the next field again), the second list
is another proposal whose title heading is missing: one finding there, asking for the heading,
instead of one per repeated field.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from .._parts import proposal_parts
from ._unwritten import convention_severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal, parts in zip(document.proposals, proposal_parts(document)):
        for before, part in zip(parts, parts[1:]):
            start = part[0]
            first_line = {field.name: field.span.line for field in before}
            yield Problem(
                start.label_span,
                f"the fields start over here (`{start.label}` again, as at line {first_line[start.name]}): two "
                f"proposals' fields stand under one title; add `{'#' * proposal.heading.level} <Title>` above the set "
                f"that is not `{proposal.title}`'s, or delete it if it was pasted in by mistake",
                proposal=proposal,
                field=start,
                severity=convention_severity(document),
            )
        for part in parts:
            seen: dict[str, int] = {}
            for field in part:
                if field.name in seen:
                    yield Problem(
                        field.label_span,
                        f"`{field.label}` repeats the field at line {seen[field.name]}; merge the two into one",
                        proposal=proposal,
                        field=field,
                        severity=convention_severity(document),
                    )
                else:
                    seen[field.name] = field.span.line


RULE = Rule("PL205", "duplicate-field", Severity.ERROR, "Field appears twice in a proposal", check=check)
