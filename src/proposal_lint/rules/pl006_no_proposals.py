"""PL006 no-proposals: a non-empty file with neither proposals nor a Template block."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document, Span
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if document.proposals or document.template_source == "file":
        return
    if any(line.strip() for line in document.lines):
        levels = "#" * document.template.project_level, "#" * document.template.title_level
        yield Problem(
            Span(document.path, 1, 1, 1, 1),
            f"no proposals found; write each as a `{levels[0]} Project` heading, a `{levels[1]} Title` "
            "heading and a list of `- Label: value` fields",
        )


RULE = Rule("PL006", "no-proposals", Severity.WARNING, "File holds no proposals", check=check)
