"""PL203 non-template-label: a label that is an alias or near-miss of the template's label."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.match not in ("alias", "near"):
                continue
            label = template.field(field.name).label
            kind = "an alias of" if field.match == "alias" else "close to"
            yield Problem(
                field.label_span,
                f"label `{field.label}` is {kind} the template's `{label}`; write `{label}:`",
                proposal=proposal,
                field=field,
            )


RULE = Rule("PL203", "non-template-label", Severity.WARNING, "Label differs from the template's", check=check, fixable=True)
