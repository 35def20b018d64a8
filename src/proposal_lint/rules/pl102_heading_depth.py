"""PL102 heading-depth: a proposal title or its project heading is at the wrong heading level."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        project = proposal.project
        if project is None:
            continue
        level, project_level = proposal.heading.level, project.heading.level
        if level == project_level + 1 and project_level >= template.project_level:
            continue
        if level <= project_level:
            expected = "#" * (project_level + 1)
        else:
            expected = "#" * max(template.title_level, project_level + 1)
        yield Problem(
            proposal.heading.span,
            f"proposal title uses {'#' * level} but sits under project `{project.name}` "
            f"({'#' * project_level}); write it as `{expected} {proposal.title}`",
            proposal=proposal,
        )


RULE = Rule("PL102", "heading-depth", Severity.ERROR, "Proposal title at the wrong heading level", check=check)
