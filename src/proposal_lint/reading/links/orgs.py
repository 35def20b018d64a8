"""Which GitHub org each proposal's upstream issue lives in, and the proposals whose org stands out
from their project's (possibly filed under the wrong project heading).

A project's orgs are the ones the CNCF project list gives it (repo_url's, homepage's) and the ones
named after it or its org (`kubernetes-sigs`, `thanos-community`); only an org that is none of
these and differs from what most of the project's other proposals use stands out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ...core.document_cache import per_document
from ...core.model import Document, Project
from .fields import ISSUE_URL, FieldLink, LinkField, link_fields
from .urls import GitHubRef, github_ref, shorthand_url

if TYPE_CHECKING:  # the list's module is imported only by a run that reads the list
    from ...cncf.projects import CncfProject, ProjectList

_AGREEING = 2  # other proposals that must share an org before one proposal's org stands out from it
# The foundation's own org (TAGs, the landscape, the mentoring repository): no project heading's by use.
_FOUNDATION_ORGS = frozenset({"cncf"})


class OrgOutlier(NamedTuple):
    """A proposal whose upstream org is not its project's nor the one the other proposals of its project use.

    `owner` is the CNCF project whose repository (or org) the issue is in, per the list (None if
    none or several); `other_project` the project heading of the same file that the org belongs to
    (None if no single one)."""

    entry: LinkField
    link: FieldLink
    org: str
    usual: str
    other_project: Project | None
    owner: CncfProject | None = None
    repo: str = ""


class _Row(NamedTuple):
    entry: LinkField
    link: FieldLink
    org: str
    repo: str
    orgs: frozenset[str]  # case-folded


def _github(link: FieldLink) -> GitHubRef | None:
    if link.fetchable:
        ref = github_ref(link.url)
    elif link.found.kind == "shorthand":
        ref = github_ref(shorthand_url(link.url))
    else:
        return None
    return ref if ref is not None and ref.owner else None


def _dominant(counts: Counter) -> str | None:
    """The most used org, if strictly more used than any other."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@per_document
def rows_by_project(document: Document) -> dict[int, tuple[Project, tuple[_Row, ...]]]:
    """The proposals with a GitHub upstream issue, grouped by their project heading's line."""
    grouped: dict[int, tuple[Project, list[_Row]]] = {}
    for entry in link_fields(document, (ISSUE_URL,)):
        project = entry.proposal.project
        owned = [(link, ref) for link in entry.links if (ref := _github(link))]
        if project is not None and owned:
            link, ref = owned[0]
            row = _Row(entry, link, ref.owner, ref.repo, frozenset(r.owner.casefold() for _, r in owned))
            grouped.setdefault(project.heading.span.line, (project, []))[1].append(row)
    return {line: (project, tuple(rows)) for line, (project, rows) in grouped.items()}


def has_mixed_orgs(document: Document) -> bool:
    """Whether some project's proposals use more than one org (the only case with outliers)."""
    return any(len({o for row in rows for o in row.orgs}) > 1 for _, rows in rows_by_project(document).values())


class _Claims:
    """Which orgs a project heading stands for: its CNCF project's, and those named after the heading."""

    def __init__(self, project: Project, projects: ProjectList | None):
        from ...cncf.projects import fold, plain_name

        found = projects.match(project.name) if projects is not None else None
        self.listed = found.project if found is not None else None
        stem = fold(plain_name(project.name).split("(")[0])
        self.stem = stem if len(stem) >= 4 else None

    def __call__(self, org: str) -> bool:
        from ...cncf.projects import fold

        return (self.listed is not None and self.listed.owns(org)) or (self.stem is not None and fold(org).startswith(self.stem))


def in_project_org(project: Project, link: FieldLink, projects: ProjectList | None = None) -> bool:
    """Whether a link is on GitHub in an org its project heading stands for (by the CNCF list or by name)."""
    ref = _github(link)
    return ref is not None and _Claims(project, projects)(ref.owner)


@per_document
def org_outliers(document: Document, projects: ProjectList | None = None) -> tuple[OrgOutlier, ...]:
    """The proposals whose upstream org is neither their project's nor the one the rest of their project uses."""
    return tuple(_outliers(document, projects))


def _outliers(document: Document, projects: ProjectList | None) -> Iterator[OrgOutlier]:
    if not has_mixed_orgs(document):
        return
    groups = rows_by_project(document)
    totals = {line: Counter(o for row in rows for o in row.orgs) for line, (_, rows) in groups.items()}
    usual_of = {line: _dominant(total) for line, total in totals.items()}
    claims = {line: _Claims(project, projects) for line, (project, _) in groups.items()}

    def belongs(line: int, org: str) -> bool:
        """The org is the heading's by name or list, or (when the list gives it to no project) by use."""
        by_use = usual_of[line] == org and org not in _FOUNDATION_ORGS and (projects is None or not projects.owners(org))
        return claims[line](org) or by_use

    for line, (project, rows) in groups.items():
        for row in rows:
            if any(claims[line](org) for org in row.orgs):
                continue
            others = totals[line] - Counter(row.orgs)
            usual = _dominant(others)
            if usual is None or usual in row.orgs:
                continue
            homes = [l for l in groups if l != line and any(belongs(l, org) for org in row.orgs)]
            other = groups[homes[0]][0] if len(homes) == 1 else None
            if other is None and others[usual] < _AGREEING:
                continue
            owner = projects.owner(row.org, row.repo) if projects is not None else None
            yield OrgOutlier(row.entry, row.link, row.org, usual, other, owner, row.repo)
