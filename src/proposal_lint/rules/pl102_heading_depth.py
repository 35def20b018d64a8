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
        if level == project_level + 1:
            if project_level >= template.project_level:
                continue
            message = (
                f"proposal title and its project heading `{project.name}` sit above the template's levels "
                f"({'#' * template.project_level} project, {'#' * template.title_level} title); write "
                f"`{'#' * template.project_level} {project.name}` and `{'#' * template.title_level} {proposal.title}`"
            )
        else:
            expected = project_level + 1 if level <= project_level else max(template.title_level, project_level + 1)
            message = (
                f"proposal title uses {'#' * level} but sits under project `{project.name}` "
                f"({'#' * project_level}); write it as `{'#' * expected} {proposal.title}`"
            )
        yield Problem(proposal.heading.span, message, proposal=proposal)


RULE = Rule("PL102", "heading-depth", Severity.ERROR, "Proposal title at the wrong heading level", check=check)
