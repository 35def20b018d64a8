"""Where a field's label stands on its line, with its emphasis and colon: what the label and field fixes edit."""

from __future__ import annotations

from typing import NamedTuple

from ..core.model import Document, Field

_MARKUP = "*_"
_WIDE_COLON = "\uff1a"  # a CJK input method's colon, read as a label's colon (parser.labels.COLON)
_ESCAPED = "\\*\\*"  # `\*\*`: a closing emphasis escaped, shown as asterisks (parser.labels.LABEL)
_TAIL = set("*_: \t" + _WIDE_COLON)


class LabelText(NamedTuple):
    """Where a field's label stands on its line, emphasis and colon included (0-based, end exclusive)."""

    start: int
    end: int
    text: str
    has_value: bool
    prefix: str  # what precedes the label and its emphasis: indentation and list marker
    wide_colon: bool = False  # its colon is the full-width `：`
    escaped: bool = False  # its closing emphasis is escaped (`\*\*`)


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
    escaped = _ESCAPED in tail
    if "\\" in tail.replace(_ESCAPED, "", 1):
        return None
    if escaped:
        tail = tail.replace(_ESCAPED, "", 1)
    if not set(tail) <= _TAIL or tail.count(":") + tail.count(_WIDE_COLON) > 1:
        return None
    if sum(tail.count(c) for c in _MARKUP) != head:
        return None
    if not has_value:
        stop = end + len(tail.rstrip()) + (len(_ESCAPED) if escaped else 0)
    return LabelText(start - head, stop, line[start - head : stop], has_value, before[: start - head],
                     _WIDE_COLON in tail, escaped)
