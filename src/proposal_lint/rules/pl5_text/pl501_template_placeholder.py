"""PL501 template-placeholder: template placeholder text left in a proposal."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span


def _proposal_lines(document: Document) -> Iterator[tuple[int, object]]:
    for proposal in document.proposals:
        if proposal.project is not None:
            yield proposal.project.heading.span.line, proposal
        for line_no in range(proposal.heading.span.line, proposal.end_line + 1):
            yield line_no, proposal


_GLUED = re.compile(r"[\w@.]")


def _placeholders_in(line: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """Matches of `pattern` not glued to a word, `@` or `.` before them (a lookbehind, checked by
    hand so that the regex keeps its quick scan for the placeholders' first letters)."""
    pos = 0
    while (match := pattern.search(line, pos)) is not None:
        if match.start() and _GLUED.match(line, match.start() - 1):
            pos = match.start() + 1
            continue
        yield match
        pos = match.end()


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    placeholders = document.template.placeholders
    if not placeholders:
        return
    pattern = re.compile(
        r"(?:" + "|".join(re.escape(p) for p in sorted(placeholders, key=len, reverse=True)) + r")(?![\w@])"
    )
    seen: set[int] = set()
    for line_no, proposal in _proposal_lines(document):
        if line_no in seen or line_no in document.skipped_lines:
            continue
        seen.add(line_no)
        for match in _placeholders_in(document.lines[line_no - 1], pattern):
            span = Span(document.path, line_no, match.start() + 1, line_no, match.end())
            line = document.lines[line_no - 1]
            if match.group() in document.template.examples and not line[:match.start()].rstrip().endswith("e.g."):
                # a real value may be the example's own words; with its `e.g.` it is the placeholder left in
                yield Problem(span, f"`{match.group()}` is the form's example value (`e.g. {match.group()}`); "
                                    "replace it with your own unless it really is yours",
                              proposal=proposal, severity=Severity.WARNING)
                continue
            yield Problem(span, f"template placeholder `{match.group()}` left in; replace it with the real value",
                          proposal=proposal)


RULE = Rule("PL501", "template-placeholder", Severity.ERROR, "Template placeholder left in", check=check)
