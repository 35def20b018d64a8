"""PL315 duplicate-mentor: the same mentor listed twice in one proposal."""

from collections.abc import Iterator

from ..api import Document, Mentor, Problem, Rule, RunContext, Severity, document_mentors
from ._mentors import mentor_keys
from .._parts import part_of, proposal_parts


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    seen: dict[tuple[tuple[int, int], str], Mentor] = {}
    parts = dict(zip((p.heading.span.line for p in document.proposals), proposal_parts(document)))
    for placed in document_mentors(document):
        title_line = placed.proposal.heading.span.line
        # a field list that starts over is another proposal (PL205): its mentors are its own
        where = (title_line, part_of(parts[title_line], placed.mentor.span.line))
        keys = mentor_keys(placed.mentor)
        first = next((seen[(where, k)] for k in keys if (where, k) in seen), None)
        if first is not None:
            yield Problem(
                placed.mentor.span,
                f"mentor `{placed.mentor.raw}` is already listed at line {first.span.line}; remove the repeat",
                proposal=placed.proposal,
                field=placed.field,
            )
            continue
        for key in keys:
            seen[(where, key)] = placed.mentor


RULE = Rule("PL315", "duplicate-mentor", Severity.ERROR, "Same mentor listed twice", check=check)
