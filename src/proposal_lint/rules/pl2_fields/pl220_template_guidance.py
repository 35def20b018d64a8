"""PL220 template-guidance: the `# ...` comment the template writes after a label, left in a field.

cncf's Markdown templates give their guidance after the label, as a comment: `Expected project
size: # one of small (...), medium (...) and large (...)`, `Mentor(s): # It is recommended to have
at least 2 mentors ...`. Copied with the template and left in, it is published with the proposal.
A `#` with nothing after it is reported as what it is: a stray character (what is left of such a
comment when its text was deleted), not guidance.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ._guidance import is_guidance
from ._unwritten import convention_severity

_SHOWN = 60


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if is_form(document):
        return  # an issue form's fields hold what the author typed, not a Markdown template's comments
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = document.template.field(field.name) if field.name else None
            if spec is None or not field.value or not is_guidance(field.value, spec):
                continue
            value = field.value.strip()
            shown = value if len(value) <= _SHOWN else value[: _SHOWN - 3] + "..."
            rest = " (the entries under it stay)" if field.items else " and write the field's value"
            yield Problem(
                field.value_span,
                f"stray `#` after `{field.label}:` (a comment marker with nothing after it); delete it{rest}"
                if value == "#" else f"`{shown}` is the template's guidance for `{field.label}`, left in; delete it{rest}",
                proposal=proposal,
                field=field,
                severity=convention_severity(document),
            )


RULE = Rule("PL220", "template-guidance", Severity.WARNING, "Template guidance left in a field", check=check)
