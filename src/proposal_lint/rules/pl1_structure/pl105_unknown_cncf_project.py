"""PL105 unknown-cncf-project: a project heading names no project of the CNCF project list, or names
a part of one (`CAPG`, whose upstream issues are in Kubernetes' org)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.project_headings import ProjectHeading, folded_name, project_headings


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    projects = context.facts.projects
    if projects is None:
        return
    covered = projects.covers(document.path)
    for heading in project_headings(document, projects):
        name = heading.project.name
        close = projects.closest(name)
        parent = heading.parent
        if parent is not None and close != parent.name and not _names(projects, name, parent):
            # Today's list knows the upstream org in any term: a part of a project, whatever the year.
            if not _nested(document, heading, parent, projects):
                yield _part_of(heading, parent.name)
            continue
        if not covered:
            continue  # the list does not speak for this term (archived or renamed projects since)
        if heading.owners and close not in heading.owners:
            continue  # upstream issues in the orgs of several projects: no one project to name
        yield _unknown(heading, close, projects)


def _nested(document: Document, heading: ProjectHeading, parent, projects) -> bool:
    """Whether the heading sits under one that names the parent (`#### AgentCube` under `### Volcano`),
    or deeper than the template's projects with no heading above it at all (a PR's added text, its
    project's heading outside the diff)."""
    project = heading.project
    if project.within is not None:
        return _names(projects, project.within.text, parent)
    return project.heading.level > document.template.project_level


def _names(projects, text: str, project) -> bool:
    """Whether a heading's text names `project`, alone or with more words (`Cloud Native Buildpacks`)."""
    found = projects.match(text)
    return (found is not None and found.project == project) or folded_name(project.name) in folded_name(text)


def _part_of(heading: ProjectHeading, parent: str) -> Problem:
    """An info: the programs have accepted a part of a project under its own heading (LFX's `CNCF - Kube
    State Metrics`), so whether to name the parent is the program's call, not a defect."""
    return Problem(
        heading.project.heading.span,
        f"project heading `{heading.project.name}` names a part of {parent}, not a project of the CNCF project list "
        f"(its upstream issues are in `{heading.upstream}`, a repository of {parent}); unless the program asked for "
        f"it by this name, make `{parent}` the project heading and name the part in the proposal titles, or nest "
        f"this heading under a `{parent}` heading",
        proposal=heading.proposal,
        severity=Severity.INFO,
    )


def _unknown(heading: ProjectHeading, close: str | None, projects) -> Problem:
    hint = f"did you mean `{close}`? " if close else ""
    dated = f", updated {projects.updated.isoformat()}" if projects.updated else ""
    return Problem(
        heading.project.heading.span,
        f"project heading `{heading.project.name}` names no project of the CNCF project list ({projects.source}{dated}); "
        f"{hint}write the project's name as the list does (LFX's proposal form and cncf's automation look "
        f"projects up by it), or point config `cncf-projects` at a newer list if the project joined since",
        proposal=heading.proposal,
    )


RULE = Rule("PL105", "unknown-cncf-project", Severity.WARNING, "Project heading names no CNCF project", check=check)
