"""PL212 skills-choice: neither or both of "Skills same as Technologies?" and Required/Desirable Skills."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ...reading.issue_form.values import checkboxes, field_of


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        same, skills = field_of(document, proposal, "skills_same"), field_of(document, proposal, "skills")
        if same is None and skills is None:
            continue
        box = next((b for b in checkboxes(same) if b.checked), None)
        listed = skills is not None and skills.value
        if box is None and not listed:
            where = same or skills
            yield Problem(
                where.label_span,
                f"check `{same.label if same else 'Skills same as Technologies?'}` or fill in "
                f"`{skills.label if skills else 'Required/Desirable Skills'}`: LFX needs the applicants' skills",
                proposal=proposal,
                field=where,
            )
        elif box is not None and listed:
            yield Problem(
                skills.value_span,
                f"`{same.label}` is checked and `{skills.label}` is filled in too; the export uses the "
                "Technologies for both: clear the skills or uncheck the box",
                proposal=proposal,
                field=skills,
                severity=Severity.WARNING,
            )


RULE = Rule("PL212", "skills-choice", Severity.ERROR, "Skills neither or both from Technologies and listed",
            check=check)
