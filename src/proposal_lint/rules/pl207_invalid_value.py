"""PL207 invalid-value: a field whose template allows only some values has another one."""

import re
from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document
from ..registry import Rule

_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is None or not spec.allowed or not field.value:
                continue
            if any(token.casefold() in spec.allowed for token in _TOKEN.findall(field.value)):
                continue
            allowed = ", ".join(spec.allowed)
            yield Problem(
                field.value_span,
                f"`{field.value}` is not one of the template's values for `{spec.label}`; write one of: {allowed}",
                proposal=proposal,
                field=field,
            )


RULE = Rule("PL207", "invalid-value", Severity.ERROR, "Field value not among the allowed ones", check=check)
