"""Where a Markdown file says that its term takes proposals through an issue form: a link to
`https://github.com/<owner>/<repo>/issues/new?template=<form>.yml` outside its proposals, as the
stub `project_ideas.md` of 2026 Term 3 writes ("Project proposals have moved ... Open an issue with
the [LFX Mentorship Program Proposal form](...)")."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...core.model import Document, Span

_FORM_URL = re.compile(r"https://github\.com/[\w.-]+/[\w.-]+/issues/new\?(?:[^\s()<>\"&]*&)*template=[\w.-]+\.ya?ml\b")


class FormLink(NamedTuple):
    url: str
    span: Span


def issue_form_link(document: Document) -> FormLink | None:
    """The first link to an issue form in the lines of a Markdown file that no proposal holds."""
    inside = {line for p in document.proposals for line in range(p.heading.span.line, p.end_line + 1)}
    for number, line in enumerate(document.lines, 1):
        if number in inside or number in document.skipped_lines:
            continue
        found = _FORM_URL.search(line)
        if found is not None:
            return FormLink(found.group(), Span(document.path, number, found.start() + 1, number, found.end()))
    return None
