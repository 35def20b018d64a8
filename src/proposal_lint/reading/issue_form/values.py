"""What the LFX rules read off an issue-form proposal: fields by role, checked boxes, lengths, the LFX title."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...core.model import Document, Field, Proposal
from .form import FormTemplate

LFX_TITLE_MAX = 100
_CHECKBOX = re.compile(r"\s*- \[(?P<mark>.)\]\s*(?P<label>.*?)\s*$")


class Checkbox(NamedTuple):
    """One `- [X] label` line of a checkboxes field."""

    label: str
    checked: bool
    line: int


def field_of(document: Document, proposal: Proposal, element_id: str) -> Field | None:
    """The proposal's field for a form element (`term`, `mentors`, ...), if the body has that section."""
    template = document.template
    label = template.label_of(element_id) if isinstance(template, FormTemplate) else None
    return next((f for f in proposal.fields if f.label == label), None) if label else None


def value_of(document: Document, proposal: Proposal, element_id: str) -> str:
    found = field_of(document, proposal, element_id)
    return found.value if found is not None else ""


def checkboxes(field: Field | None) -> tuple[Checkbox, ...]:
    """The boxes of a checkboxes field as written; `[x]` and `[X]` are both checked."""
    if field is None or not field.value:
        return ()
    found = []
    for offset, line in enumerate(field.value.split("\n")):
        match = _CHECKBOX.match(line)
        if match:
            found.append(Checkbox(match.group("label"), match.group("mark") in "xX", field.value_span.line + offset))
    return tuple(found)


def checked(field: Field | None, option: str) -> Checkbox | None:
    """The checked box with this label, if any."""
    return next((box for box in checkboxes(field) if box.checked and box.label == option), None)


def lfx_length(text: str) -> int:
    """Length as the LFX platform and cncf's validator count it: UTF-16 code units (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def term_token(term: str) -> str:
    """`2026 Term 3 (Sep-Nov)` -> `2026 Term 3`."""
    return re.sub(r"\s*\(.*$", "", term, flags=re.S)


def lfx_title(project: str, program_name: str, term: str) -> str:
    """The program's title on LFX: `CNCF - <project>: <program name> (<term token>)`."""
    return f"CNCF - {project}: {program_name} ({term_token(term)})"
