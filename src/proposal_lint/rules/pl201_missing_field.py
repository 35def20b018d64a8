"""PL201 missing-field: a field the template requires is not in the proposal."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..issue_form import is_form
from ..model import Document
from ..registry import Rule
from ._lookalike import misplaced_by_proposal


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if is_form(document):
        return  # an issue form's missing sections are PL111's
    template = document.template
    for proposal, misplaced in zip(document.proposals, misplaced_by_proposal(document)):
        if not proposal.has_content:
            continue
        present = {f.name for f in proposal.fields}
        for spec in template.fields:
            if not spec.required or spec.name in present:
                continue
            message = f"proposal `{proposal.title}` has no `{spec.label}` field; add `- {spec.label}:`"
            stray = next((m for m in misplaced if m.spec is spec), None)
            if stray is not None:
                where = f"under `{stray.host.label}`" if stray.host else "outside any field"
                message += f" (its content seems to be at line {stray.item.span.line}, {where})"
            yield Problem(proposal.heading.span, message, proposal=proposal, field_name=spec.name)


RULE = Rule("PL201", "missing-field", Severity.ERROR, "Required field is missing", check=check, fixable=True)
