"""PL211 field-too-long: an issue-form field is longer than LFX accepts."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ...reading.issue_form.values import field_of, lfx_length

# LFX's limits, by form element id; inclusive, measured on the trimmed text in UTF-16 units.
LIMITS = {"program_description": 3000, "custom_prerequisite_name": 20, "custom_prerequisite_description": 500}


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        for element_id, limit in LIMITS.items():
            field = field_of(document, proposal, element_id)
            length = lfx_length(field.value) if field is not None else 0
            if length > limit:
                yield Problem(
                    field.value_span,
                    f"`{field.label}` is {length} characters; LFX accepts at most {limit}: cut {length - limit}",
                    proposal=proposal,
                    field=field,
                )


RULE = Rule("PL211", "field-too-long", Severity.ERROR, "Issue-form field longer than LFX accepts", check=check)
