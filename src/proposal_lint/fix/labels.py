"""PL203 fix: an alias label becomes the template's label; `**Label:**`, `Label :`, `Label` become `Label:`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..context import RunContext
from ..issue_form import is_form
from ..model import Document, Field
from .edits import Edit, Fix

_MARKUP = "*_"
_TAIL = set("*_: \t")


@dataclass(frozen=True)
class LabelText:
    """Where a field's label stands on its line, emphasis and colon included (0-based, end exclusive)."""

    start: int
    end: int
    text: str
    has_value: bool
    prefix: str  # what precedes the label and its emphasis: indentation and list marker


def label_text(document: Document, field: Field) -> LabelText | None:
    """The label with its markup, from the model's label and value spans; None if it is not plain markup."""
    line = document.lines[field.label_span.line - 1]
    start, end = field.label_span.column - 1, field.label_span.end_column
    before = line[:start]
    head = len(before) - len(before.rstrip(_MARKUP))
    value_col = field.value_span.column - 1
    has_value = bool(field.value) and field.value_span.line == field.label_span.line and value_col < len(line)
    stop = value_col if has_value else len(line.rstrip())
    tail = line[end:stop]
    if not set(tail) <= _TAIL or tail.count(":") > 1:
        return None
    if sum(tail.count(c) for c in _MARKUP) != head:
        return None
    if not has_value:
        stop = end + len(tail.rstrip())
    return LabelText(start - head, stop, line[start - head : stop], has_value, before[: start - head])


def fixes(document: Document, context: RunContext) -> Iterator[Fix]:
    if is_form(document):
        return  # an issue form's `### <label>` sections are the form's own labels
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.name is None or field.match not in ("exact", "alias"):
                continue
            found = label_text(document, field)
            if found is None:
                continue
            label = field.label if field.match == "exact" else template.field(field.name).label
            wanted = f"{label}: " if found.has_value else f"{label}:"
            if found.text.rstrip() == wanted.rstrip():
                continue
            line = field.label_span.line
            yield Fix(
                "PL203",
                f"`{found.text.strip()}` -> `{wanted.strip()}`",
                (Edit(line, found.start + 1, line, found.end + 1, wanted),),
                line,
                found.start + 1,
            )
