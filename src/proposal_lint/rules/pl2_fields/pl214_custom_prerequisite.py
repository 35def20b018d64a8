"""PL214 custom-prerequisite: the Custom Prerequisite box, name and description disagree."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ...reading.issue_form.values import checked, field_of

OPTION = "Custom Prerequisite (fill in details below)"


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        # Older forms (before cncf/mentoring#2048) had the box under Application Prerequisites.
        box = checked(field_of(document, proposal, "custom_prerequisites"), OPTION) or \
            checked(field_of(document, proposal, "application_prerequisites"), OPTION)
        name = field_of(document, proposal, "custom_prerequisite_name")
        description = field_of(document, proposal, "custom_prerequisite_description")
        written = [f for f in (name, description) if f is not None and f.value]
        if box is None and not written:
            continue
        if box is None:
            yield Problem(
                written[0].value_span,
                "a custom prerequisite is written but the Custom Prerequisite box is not checked, so the export "
                "drops it: check the box under Custom Prerequisites, or clear the name and description",
                proposal=proposal,
                field=written[0],
            )
        for part, limit in ((name, 20), (description, 500)):
            if part is not None and not part.value:
                yield Problem(
                    part.label_span,
                    f"`{part.label}` is empty; the custom prerequisite needs it (at most {limit} characters on LFX)",
                    proposal=proposal,
                    field=part,
                )


RULE = Rule("PL214", "custom-prerequisite", Severity.ERROR, "Custom Prerequisite box and details disagree",
            check=check)
