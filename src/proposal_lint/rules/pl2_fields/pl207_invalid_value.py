"""PL207 invalid-value: a field whose template allows only some values has another one.

A Markdown template's allowed values start the value (`Medium (~175 hours)`); an issue
form's dropdown value is one of its options exactly. Two cases are warnings: the template's whole
list of choices left as written (GSoC 2022's `175 or 350 Hours`, `Easy, Medium, or Hard`), and a
choice written with the figure the template gives another (`large (~175 hour projects)`).
"""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ._guidance import is_guidance

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# what a list of choices holds besides the choices (`175 or 350 Hours`); `175h for API only, 350h for
# API + sample backend` says more, and is a value
_CONNECTORS = {"or", "and", "one", "of", "either", "h", "hr", "hrs", "hour", "hours", "project", "projects"}


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is None or not spec.allowed or not field.value or is_guidance(field.value, spec):
                continue  # the template's `# ...` guidance left in is PL220's
            if spec.kind == "dropdown":
                if field.value not in spec.allowed:
                    yield Problem(field.value_span, _not_an_option(field.value, spec), proposal=proposal, field=field)
                continue
            tokens = [token.casefold() for token in _TOKEN.findall(field.value)]
            chosen = [value for value in spec.allowed if value in tokens]
            if len(chosen) == len(spec.allowed) > 1 and set(tokens) <= {*spec.allowed, *_CONNECTORS}:
                yield Problem(field.value_span, f"`{field.value}` is the template's list of choices for `{spec.label}`, "
                              f"left as written; keep the one that applies ({_either(spec.allowed)})",
                              proposal=proposal, field=field, severity=Severity.WARNING)
                continue
            if chosen:
                mismatch = _other_choice(field.value, spec, chosen, tokens)
                if mismatch is not None:
                    yield Problem(field.value_span, mismatch, proposal=proposal, field=field, severity=Severity.WARNING)
                continue
            allowed = ", ".join(spec.allowed)
            yield Problem(
                field.value_span,
                f"`{field.value}` is not one of the template's values for `{spec.label}`; write one of: {allowed}",
                proposal=proposal,
                field=field,
            )


def _either(values) -> str:
    return f"{', '.join(values[:-1])} or {values[-1]}"


def _other_choice(value: str, spec, chosen: list[str], tokens: list[str]) -> str | None:
    """A message where the value names one choice and a number the template gives another
    (`large (~175 hour projects)`, where medium is the ~175-hour size); None where it agrees."""
    if len(chosen) != 1 or not spec.choice_numbers:
        return None
    numbers = dict(zip(spec.allowed, spec.choice_numbers))
    own = set(numbers[chosen[0]])
    others = {number: value for value, given in numbers.items() if value != chosen[0] for number in given}
    stray = next((token for token in tokens if token in others and token not in own), None)
    if stray is None:
        return None
    return (f"`{value}` names `{chosen[0]}` with {stray}, which the template pairs with `{others[stray]}` "
            f"(`{chosen[0]}` is {' or '.join(sorted(own)) or 'given no figure'}); write the value that applies "
            "with its own figure")


def _not_an_option(value: str, spec) -> str:
    from difflib import get_close_matches

    close = get_close_matches(value, spec.allowed, n=1, cutoff=0.6)
    hint = f"`{close[0]}`" if close else "one of the form's options" if len(spec.allowed) > 5 else \
        ", ".join(f"`{o}`" for o in spec.allowed)
    return f"`{value}` is not an option of the form's `{spec.label}` dropdown; choose {hint}"


RULE = Rule("PL207", "invalid-value", Severity.ERROR, "Field value not among the allowed ones", check=check)
