"""PL105 unknown-cncf-project: a project heading names no project of the CNCF project list."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.links.orgs import rows_by_project


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    projects = context.facts.projects
    if projects is None or not projects.covers(document.path):
        return
    by_project = rows_by_project(document)
    seen = set()
    for proposal in document.proposals:
        project = proposal.project
        if project is None or project.heading.span.line in seen:
            continue
        seen.add(project.heading.span.line)
        if projects.match(project.name) is not None:
            continue
        close = projects.closest(project.name)
        rows = by_project.get(project.heading.span.line, (None, ()))[1]
        owners = {owner.name for row in rows for org in row.orgs for owner in projects.owners(org)}
        if owners and close not in owners:
            continue  # a sub-project (`AgentCube`): its upstream issues live in a CNCF project's org
        hint = f"did you mean `{close}`? " if close else ""
        dated = f", updated {projects.updated.isoformat()}" if projects.updated else ""
        yield Problem(
            project.heading.span,
            f"project heading `{project.name}` names no project of the CNCF project list ({projects.source}{dated}); "
            f"{hint}write the project's name as the list does (LFX's proposal form and cncf's automation look "
            f"projects up by it), or point config `cncf-projects` at a newer list if the project joined since",
            proposal=proposal,
        )


RULE = Rule("PL105", "unknown-cncf-project", Severity.WARNING, "Project heading names no CNCF project", check=check)
