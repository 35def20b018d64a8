"""PL205 duplicate-field: the same field twice in one proposal.

When the whole field list starts over (`- Description:` and the next field again), the second list
is another proposal whose title heading is missing: one finding there, asking for the heading,
instead of one per repeated field. A mentor field that only repeats the mentors of the one beside
it (often garbled: a line left in above its rewrite) is reported where it stands, to be deleted.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.mentor_walk import RepeatedField, repeated_mentor_fields
from .._parts import proposal_parts
from ._unwritten import convention_severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    repeats = {repeated.repeat.label_span: repeated for repeated in repeated_mentor_fields(document)}
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
                if field.label_span in repeats:
                    yield _repeat(repeats[field.label_span], proposal, document)
                elif field.name in seen:
                    yield Problem(
                        field.label_span,
                        f"`{field.label}` repeats the field at line {seen[field.name]}; merge the two into one",
                        proposal=proposal,
                        field=field,
                        severity=convention_severity(document),
                    )
                else:
                    seen[field.name] = field.span.line


def _repeat(repeated: RepeatedField, proposal, document: Document) -> Problem:
    field, kept = repeated.repeat, repeated.kept
    people = ", ".join(f"`{'@' + m.handle.lstrip('@') if m.handle else m.email or m.name}`" for m in field.mentors)
    how = "; this one is garbled" if repeated.garbled else ""
    lines = field.span.line, field.span.end_line
    delete = f"delete lines {lines[0]}-{lines[1]}" if lines[1] > lines[0] else "delete this line"
    return Problem(
        field.label_span,
        f"this `{field.label}` repeats the mentors of the `{kept.label}` at line {kept.span.line} ({people}){how}: {delete}",
        proposal=proposal,
        field=field,
        severity=convention_severity(document),
    )


RULE = Rule("PL205", "duplicate-field", Severity.ERROR, "Field appears twice in a proposal", check=check)
