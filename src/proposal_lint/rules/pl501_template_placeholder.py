"""PL501 template-placeholder: template placeholder text left in a proposal."""

import re
from collections.abc import Iterator

from ..diagnostics import Problem, Severity
from ..model import Document, Span
from ..registry import Rule
from ..context import RunContext


def _proposal_lines(document: Document) -> Iterator[tuple[int, object]]:
    for proposal in document.proposals:
        if proposal.project is not None:
            yield proposal.project.heading.span.line, proposal
        for line_no in range(proposal.heading.span.line, proposal.end_line + 1):
            yield line_no, proposal


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    placeholders = document.template.placeholders
    if not placeholders:
        return
    pattern = re.compile(
        r"(?<![\w@.])(?:" + "|".join(re.escape(p) for p in sorted(placeholders, key=len, reverse=True)) + r")(?![\w@])"
    )
    seen: set[int] = set()
    for line_no, proposal in _proposal_lines(document):
        if line_no in seen or line_no in document.skipped_lines:
            continue
        seen.add(line_no)
        for match in pattern.finditer(document.lines[line_no - 1]):
            yield Problem(
                Span(document.path, line_no, match.start() + 1, line_no, match.end()),
                f"template placeholder `{match.group()}` left in; replace it with the real value",
                proposal=proposal,
            )


RULE = Rule("PL501", "template-placeholder", Severity.ERROR, "Template placeholder left in", check=check)
