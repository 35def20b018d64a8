"""PL202 empty-field: a required field is present but has no value."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ._unwritten import convention_severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    how = "the form requires it: edit the issue and fill it in" if is_form(document) else \
        "write its value after the colon or as nested items"
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is None or spec.allow_empty or field.value or field.items or field.has_body:
                continue
            yield Problem(
                field.label_span,
                f"`{field.label}` is empty; {how}",
                proposal=proposal,
                field=field,
                severity=convention_severity(document),
            )


RULE = Rule("PL202", "empty-field", Severity.ERROR, "Field has no value", check=check)
