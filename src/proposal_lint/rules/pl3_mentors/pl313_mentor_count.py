"""PL313 mentor-count: fewer or more mentors than the template's mentor policy allows.

Each message cites where the bound is written down (template text, program guide); a
preferred count that nobody wrote down is not reported, and a written one is only an info
(a warning on an issue-form body, as cncf's validator gives it).
"""

from collections.abc import Iterator

from ..api import Document, Field, Problem, Proposal, Rule, RunContext, Severity, is_form
from ._mentors import distinct_mentors
from .._parts import proposal_parts


def _mentor_fields_per_part(document: Document) -> Iterator[tuple[Proposal, list[Field]]]:
    """Each proposal's mentor fields, counted apart where its field list starts over (PL205)."""
    for proposal, parts in zip(document.proposals, proposal_parts(document)):
        for part in parts:
            fields = [f for f in part if f.mentors]
            if fields:
                yield proposal, fields


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    policy = document.template.mentors
    template = f"the {document.template.name.upper()} template"
    form = is_form(document)  # cncf's validator warns on a body with one mentor; elsewhere it is a preference
    entry = "a line `Full Name | @handle | email | LFID`" if form else "`  - Name (@github-handle, email)`"
    for proposal, fields in _mentor_fields_per_part(document):
        entries = [m for f in fields for m in f.mentors]
        count, people = len(entries), len(distinct_mentors(entries))  # too many counts people: a repeat is PL315's
        span = fields[0].label_span
        if count < policy.min:
            yield Problem(span, f"{count} mentor(s) listed; {policy.source('min') or template} asks for "
                                f"at least {policy.min}: add another: {entry}",
                          proposal=proposal, field=fields[0])
        elif count < policy.preferred and policy.source("preferred"):
            yield Problem(span, f"{count} mentor listed; {policy.source('preferred')} prefers at least "
                                f"{policy.preferred}: if you can, add a co-mentor: {entry}",
                          proposal=proposal, field=fields[0], severity=Severity.WARNING if form else Severity.INFO)
        elif policy.max is not None and people > policy.max:
            yield Problem(span, f"{people} mentors listed; {policy.source('max') or template} allows "
                                f"at most {policy.max}: keep the {policy.max} who will mentor",
                          proposal=proposal, field=fields[0])


RULE = Rule("PL313", "mentor-count", Severity.ERROR, "Too few or too many mentors", check=check)
