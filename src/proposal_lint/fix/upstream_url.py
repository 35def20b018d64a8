"""PL401 fix: an Upstream Issue written as `<https://...>` loses its angle brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import RunContext
from ..model import Document
from .edits import Edit, Fix

_ANGLE_URL = re.compile(r"<(https?://[^\s<>]+)>")


def fixes(document: Document, context: RunContext) -> Iterator[Fix]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            span = field.value_span
            if spec is None or spec.kind != "issue-url" or not field.value or span.line != span.end_line:
                continue
            written = document.lines[span.line - 1][span.column - 1 : span.end_column]
            match = _ANGLE_URL.fullmatch(written)
            if match is None:
                continue
            yield Fix(
                "PL401",
                f"`{written}` -> `{match.group(1)}`",
                (Edit.replace(span, match.group(1)),),
                span.line,
                span.column,
            )
