"""What a project heading stands for beside its name: the CNCF project its proposals' upstream
issues belong to (by GitHub org)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..core.document_cache import per_document
from ..core.model import Document, Item, Project, Proposal
from .links.fields import ISSUE_URL
from .links.orgs import rows_by_project
from .links.urls import GitHubRef, find_in_line, github_ref
from .misplaced import misplaced_by_proposal

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


class _Upstream(NamedTuple):
    """One proposal's upstream issue on GitHub: its org and repository, and every org it names (case-folded)."""

    org: str
    repo: str
    orgs: frozenset[str]


@per_document
def _upstream_by_project(document: Document) -> dict[int, tuple[Project, tuple[_Upstream, ...]]]:
    """The upstream issues of each project heading's proposals, by the heading's line: those of their
    upstream-issue fields or, for a project whose proposals have none, the upstream links they write
    where another field's text goes on (`Upstream Issue: <url>` without its `- `, PL206's)."""
    found = {line: (project, tuple(_Upstream(row.org, row.repo, row.orgs) for row in rows))
             for line, (project, rows) in rows_by_project(document).items()}
    strays: dict[int, tuple[Project, list[_Upstream]]] = {}
    for proposal, misplaced in zip(document.proposals, misplaced_by_proposal(document)):
        project = proposal.project
        if project is None or project.heading.span.line in found:
            continue
        refs = [ref for stray in misplaced if stray.spec.kind == ISSUE_URL
                for ref in _github_refs(document, stray.item)]
        if refs:
            upstream = _Upstream(refs[0].owner, refs[0].repo, frozenset(ref.owner.casefold() for ref in refs))
            strays.setdefault(project.heading.span.line, (project, []))[1].append(upstream)
    return {**found, **{line: (project, tuple(rows)) for line, (project, rows) in strays.items()}}


def _github_refs(document: Document, item: Item) -> list[GitHubRef]:
    """The GitHub repositories' links (with an org) in an item's text."""
    refs = []
    for line_no in range(item.span.line, min(item.span.end_line, len(document.lines)) + 1):
        start = item.span.column - 1 if line_no == item.span.line else 0
        for found in find_in_line(document.lines[line_no - 1], start):
            ref = github_ref(found.text) if found.kind == "url" else None
            if ref is not None and ref.owner:
                refs.append(ref)
    return refs


def may_name_a_part(document: Document) -> bool:
    """Whether some project heading's upstream issues are in an org not named after it (`CAPG`
    with issues in `kubernetes-sigs`): only then can the heading name a part of another project."""
    return any(not named_after(project.name, row.org)
               for project, rows in _upstream_by_project(document).values() for row in rows)


@per_document
def project_headings(document: Document, projects: ProjectList) -> tuple[ProjectHeading, ...]:
    """Each project heading of the document that the list does not know by name, once, with the
    list's projects of its upstream orgs."""
    by_project = _upstream_by_project(document)
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
