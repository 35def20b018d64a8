"""PL313 mentor-count: fewer or more mentors than the template's mentor policy allows."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..issue_form import is_form
from ..model import Document
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    policy = document.template.mentors
    entry = "a line `Full Name | @handle | email | LFID`" if is_form(document) else "`  - Name (@github-handle, email)`"
    for proposal in document.proposals:
        fields = [f for f in proposal.fields if f.mentors]
        if not fields:
            continue
        count = sum(len(f.mentors) for f in fields)
        span = fields[0].label_span
        if count < policy.min:
            yield Problem(span, f"{count} mentor(s) listed; the {document.template.name.upper()} template needs "
                                f"at least {policy.min}: add another: {entry}",
                          proposal=proposal, field=fields[0])
        elif count < policy.preferred:
            yield Problem(span, f"{count} mentor listed; the program prefers {policy.preferred}: "
                                f"add a co-mentor: {entry}",
                          proposal=proposal, field=fields[0], severity=Severity.WARNING)
        elif policy.max is not None and count > policy.max:
            yield Problem(span, f"{count} mentors listed; the {document.template.name.upper()} template allows "
                                f"at most {policy.max}: keep the {policy.max} who will mentor",
                          proposal=proposal, field=fields[0])


RULE = Rule("PL313", "mentor-count", Severity.ERROR, "Too few or too many mentors", check=check)
