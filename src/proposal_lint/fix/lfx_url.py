"""PL201 fix: a proposal without an `LFX URL:` field gets an empty one after its last field.

Only where the template requires an LFX URL field (PL201 reports it missing), the proposal's fields are bullet items, and
the last field has no body (paragraphs or code) that an inserted item would split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import RunContext
from ..model import Document
from .edits import Edit, Fix
from .labels import label_text

_BULLET = re.compile(r"[ \t]*[-*+][ \t]+")


def fixes(document: Document, context: RunContext) -> Iterator[Fix]:
    spec = next((f for f in document.template.fields if f.kind == "lfx-url"), None)
    if spec is None or not spec.required:
        return
    for proposal in document.proposals:
        if not proposal.fields or proposal.fields_named(spec.name):
            continue
        last = max(proposal.fields, key=lambda f: f.span.end_line)
        found = label_text(document, last)
        if not last.in_list or last.has_body or found is None or not _BULLET.fullmatch(found.prefix):
            continue
        end_line = last.span.end_line
        end = len(document.lines[end_line - 1]) + 1
        heading = proposal.heading.span
        yield Fix(
            "PL201",
            f"added `{spec.label}:` to `{proposal.title}`",
            (Edit.insert(end_line, end, f"\n{found.prefix}{spec.label}:"),),
            heading.line,
            heading.column,
        )
