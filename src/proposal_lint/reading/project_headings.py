"""What a project heading stands for beside its name: the CNCF project its proposals' upstream
issues belong to (by GitHub org)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..core.document_cache import per_document
from ..core.model import Document, Project, Proposal
from .links.orgs import rows_by_project

if TYPE_CHECKING:  # the list's module is imported only by a run that reads the list
    from ..cncf.projects import CncfProject, ProjectList


_STEM_MIN = 4  # a shorter org name (`k8s`) found inside a heading is no evidence


class ProjectHeading(NamedTuple):
    """A project heading the list does not know (its first proposal), and the list's projects its
    upstream orgs belong to.

    `owners`: every project some upstream org is given to; `parent`: the one project every upstream
    issue belongs to (by repository or org), None if none or several."""

    project: Project
    proposal: Proposal
    owners: frozenset[str]
    parent: CncfProject | None
    upstream: str = ""  # the first upstream issue's `org/repo`


def folded_name(text: str) -> str:
    """A heading's or project's name, folded (`Cluster API Provider GCP (CAPG)` is `clusterapiprovidergcp`)."""
    from ..cncf.projects import fold, plain_name

    return fold(plain_name(text).split("(")[0])


def named_after(heading: str, org: str) -> bool:
    """Whether a heading and a GitHub org carry the same name (`Jaeger`/`jaegertracing`,
    `Cloud Native Buildpacks`/`buildpacks`): then the org says nothing the heading does not."""
    name, folded = folded_name(heading), folded_name(org)
    if not name or not folded:
        return False
    return folded.startswith(name) or (len(folded) >= _STEM_MIN and (folded in name or name.startswith(folded)))


def may_name_a_part(document: Document) -> bool:
    """Whether some project heading's upstream issues are in an org not named after it (`CAPG`
    with issues in `kubernetes-sigs`): only then can the heading name a part of another project."""
    return any(not named_after(project.name, row.org)
               for project, rows in rows_by_project(document).values() for row in rows)


@per_document
def project_headings(document: Document, projects: ProjectList) -> tuple[ProjectHeading, ...]:
    """Each project heading of the document that the list does not know by name, once, with the
    list's projects of its upstream orgs."""
    by_project = rows_by_project(document)
    found, seen = [], set()
    for proposal in document.proposals:
        project = proposal.project
        if project is None or project.heading.span.line in seen:
            continue
        seen.add(project.heading.span.line)
        if projects.match(project.name) is not None:
            continue
        rows = by_project.get(project.heading.span.line, (None, ()))[1]
        owners = frozenset(owner.name for row in rows for org in row.orgs for owner in projects.owners(org))
        parents = {projects.home_of(row.org, row.repo) for row in rows}
        parent = next(iter(parents)) if len(parents) == 1 else None
        upstream = f"{rows[0].org}/{rows[0].repo}" if rows else ""
        found.append(ProjectHeading(project, proposal, owners, parent, upstream))
    return tuple(found)
