"""PL207 invalid-value: a field whose template allows only some values has another one.

A Markdown template's allowed values start the value (`Medium (~175 hours)`); an issue
form's dropdown value is one of its options exactly.
"""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity

_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is None or not spec.allowed or not field.value:
                continue
            if spec.kind == "dropdown":
                if field.value not in spec.allowed:
                    yield Problem(field.value_span, _not_an_option(field.value, spec), proposal=proposal, field=field)
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


def _not_an_option(value: str, spec) -> str:
    from difflib import get_close_matches

    close = get_close_matches(value, spec.allowed, n=1, cutoff=0.6)
    hint = f"`{close[0]}`" if close else "one of the form's options" if len(spec.allowed) > 5 else \
        ", ".join(f"`{o}`" for o in spec.allowed)
    return f"`{value}` is not an option of the form's `{spec.label}` dropdown; choose {hint}"


RULE = Rule("PL207", "invalid-value", Severity.ERROR, "Field value not among the allowed ones", check=check)
