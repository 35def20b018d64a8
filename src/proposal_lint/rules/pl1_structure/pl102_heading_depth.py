"""PL102 heading-depth: a proposal title or its project heading is at the wrong heading level.

The levels of the file's Sample proposal are the era's own too (LFX 2022 Spring's Template block
wrote `####`/`#####`, the Sample beside it `###`/`####`): a proposal written at them is not reported.
"""

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
        own = _own_project_nested(template, project, context)
        if own is not None and level == project_level + 1:
            if project.heading.span.line not in reported_projects:
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level} under `{project.within.text}` "
                    f"({'#' * project.within.level}), but {own} is a CNCF project of its own, not part of "
                    f"`{project.within.text}`: write `{'#' * template.project_level} {project.name}` and its "
                    f"proposal titles at {'#' * template.title_level}",
                    proposal=proposal,
                )
            continue
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


def _own_project_nested(template: TemplateSpec, project, context: RunContext) -> str | None:
    """The CNCF project a heading one level below the template's project level names, when the
    project list says it is neither the project of the heading above it nor one of its repositories'
    owners' (`#### Meshery` under `### KubeEdge`; `#### Headlamp` under `### Kubernetes` is a
    sub-project: its repository is in `kubernetes-sigs`)."""
    projects = context.facts.projects
    within = project.within
    if projects is None or within is None or project.heading.level != template.project_level + 1 \
            or within.level != template.project_level:
        return None
    nested, above = projects.match(project.name), projects.match(within.text)
    if nested is None or above is None or nested.subproject or nested.project == above.project:
        return None
    if any(above.project.owns(org) for org in nested.project.orgs):
        return None
    return nested.project.name


def _title_message(template: TemplateSpec, proposal: Proposal, level: int, project_level: int) -> str | None:
    project = proposal.project
    if level == project_level + 1:
        if project_level >= template.project_level or (project_level, level) == template.sample_levels:
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
