"""PL006 no-proposals: a file writes template fields, yet no heading holds a proposal."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span

_FIELD_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]*)?(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z ()/]{1,40}?)(?:\*\*|__)?[ \t]*:")
MIN_FIELD_LINES = 2
MIN_FIELDS_ELSEWHERE = 2  # distinct template fields that make a file outside cncf's layout a proposal file


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if document.proposals or document.template_source == "file":
        return
    template = document.template
    matches = [
        (number, found.spec.name)
        for number, line in enumerate(document.lines, 1)
        if number not in document.skipped_lines
        and (match := _FIELD_LINE.match(line))
        and (found := template.match_label(match.group("label"))).kind in ("exact", "alias")
    ]
    field_lines = [number for number, _ in matches]
    if not document.evidence and len({name for _, name in matches}) < MIN_FIELDS_ELSEWHERE:
        return  # documentation that happens to write `issue:` twice
    if len(field_lines) >= MIN_FIELD_LINES:
        levels = "#" * template.project_level, "#" * template.title_level
        yield Problem(
            Span(document.path, field_lines[0], 1, field_lines[0], max(len(document.lines[field_lines[0] - 1]), 1)),
            f"{len(field_lines)} template fields but no proposal heading holds them; put each proposal under a "
            f"`{levels[0]} Project` heading and a `{levels[1]} Title` heading",
        )


RULE = Rule("PL006", "no-proposals", Severity.WARNING, "Fields written outside any proposal", check=check)
