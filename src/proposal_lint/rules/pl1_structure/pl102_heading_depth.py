"""PL102 heading-depth: a proposal title or its project heading is at the wrong heading level."""

from collections.abc import Iterator

from ..api import Document, Problem, Proposal, Rule, RunContext, Severity, TemplateSpec


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    reported_projects: set[int] = set()
    for proposal in document.proposals:
        project = proposal.project
        if project is None:
            continue
        level, project_level = proposal.heading.level, project.heading.level
        if level == template.title_level and project_level == template.project_level - 1:
            if project.heading.span.line not in reported_projects:  # one finding per misplaced project heading
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level} but the template puts projects at "
                    f"{'#' * template.project_level}; write `{'#' * template.project_level} {project.name}`",
                    proposal=proposal,
                )
            continue
        message = _title_message(template, proposal, level, project_level)
        if message:
            yield Problem(proposal.heading.span, message, proposal=proposal)


def _title_message(template: TemplateSpec, proposal: Proposal, level: int, project_level: int) -> str | None:
    project = proposal.project
    if level == project_level + 1:
        if project_level >= template.project_level:
            return None
        return (
            f"proposal title and its project heading `{project.name}` sit above the template's levels "
            f"({'#' * template.project_level} project, {'#' * template.title_level} title); write "
            f"`{'#' * template.project_level} {project.name}` and `{'#' * template.title_level} {proposal.title}`"
        )
    expected = project_level + 1 if level <= project_level else max(template.title_level, project_level + 1)
    if expected == level:
        return None
    return (
        f"proposal title uses {'#' * level} but sits under project `{project.name}` "
        f"({'#' * project_level}); write it as `{'#' * expected} {proposal.title}`"
    )


RULE = Rule("PL102", "heading-depth", Severity.ERROR, "Proposal title at the wrong heading level", check=check)
