"""PL204 unknown-field: a label the template does not know."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.mentors.classification import is_co_mentor_label


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    labels = ", ".join(f"`{spec.label}`" for spec in template.fields)
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.name is None and not is_co_mentor_label(field.label):  # `Co-Mentor:` is part of the mentor field
                yield Problem(
                    field.label_span,
                    f"`{field.label}` is not a field of the template ({labels}); "
                    "fold it into Description or use a template label",
                    proposal=proposal,
                    field=field,
                )


RULE = Rule("PL204", "unknown-field", Severity.INFO, "Label is not in the template", check=check)
