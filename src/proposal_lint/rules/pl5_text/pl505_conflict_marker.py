"""PL505 conflict-marker: a Git merge conflict marker line left in the text."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span
from ...reading.markdown_outline import outline

# Git writes markers of seven characters: `<<<<<<< ours`, `=======`, `>>>>>>> theirs` (`|||||||` with diff3).
_MARKER = re.compile(r"(?:<{7}|>{7}|\|{7})(?:[ \t].*)?|={7}[ \t]*")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    candidates = [n for n, line in enumerate(document.lines, 1) if line[:1] in "<=>|" and _MARKER.fullmatch(line)]
    if not candidates:
        return
    view = outline(document)
    lines = [n for n in candidates if n not in view.code_lines]
    sides = [n for n in lines if document.lines[n - 1][0] != "="]
    first_side, last_side = (sides[0], sides[-1]) if sides else (0, 0)
    for line_no in lines:
        text = document.lines[line_no - 1].rstrip()
        between_sides = first_side < line_no < last_side
        if text == "=======" and line_no in view.setext_underlines and not between_sides:
            continue  # the underline of a `Title` heading
        span = Span(document.path, line_no, 1, line_no, len(text))
        yield Problem(span, f"Git conflict marker `{text[:7]}` left in from a merge; resolve the conflict "
                            "(keep the right text of both sides) and delete the marker lines",
                      proposal=document.proposal_at(line_no))


RULE = Rule("PL505", "conflict-marker", Severity.ERROR, "Git conflict marker left in", check=check)
