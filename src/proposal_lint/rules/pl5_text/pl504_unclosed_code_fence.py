"""PL504 unclosed-code-fence: a fenced code block opened and never closed, so that the rest of the
file renders as code."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span
from ...reading.markdown_outline import may_leave_a_fence_open, outline


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not may_leave_a_fence_open(document.lines):
        return
    for fence in outline(document).open_fences:
        line = document.lines[fence.line - 1]
        start = line.index(fence.delimiter)
        span = Span(document.path, fence.line, start + 1, fence.line, start + len(fence.delimiter))
        if fence.swallowed:
            yield Problem(span, f"the code block opened here by {fence.delimiter} is never closed: everything after "
                                f"it to the end of the file shows as code (its headings and proposals too); "
                                f"close it with a {fence.delimiter} line where the code ends",
                          proposal=document.proposal_at(fence.line))
        else:
            yield Problem(span, f"{fence.delimiter} opens a code block with only blank lines after it, to the end of the file; "
                                "delete the line (or close the block where it should end)",
                          severity=Severity.WARNING)


RULE = Rule("PL504", "unclosed-code-fence", Severity.ERROR, "Code block never closed", check=check)
