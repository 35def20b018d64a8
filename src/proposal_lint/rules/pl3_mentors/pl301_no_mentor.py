"""PL301 no-mentor: a mentor field has content, but no mentor entry can be read from it."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is None or not spec.mentors or field.mentors or not (field.value or field.items):
                continue
            span = field.value_span if field.value else field.items[0].span
            yield Problem(
                span,
                f"no mentor can be read from `{field.label}`; write each mentor as a nested item "
                "`  - Name (@github-handle, email)`",
                proposal=proposal,
                field=field,
            )


RULE = Rule("PL301", "no-mentor", Severity.ERROR, "Mentor field names no mentor", check=check)
