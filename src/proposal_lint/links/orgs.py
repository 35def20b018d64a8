"""Which GitHub org each proposal's upstream issue lives in, and the proposals whose org stands out
from the rest of their project (possibly filed under the wrong project heading)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ..memo import per_document
from ..model import Document, Project
from .fields import ISSUE_URL, FieldLink, LinkField, link_fields
from .urls import github_ref, shorthand_url


class OrgOutlier(NamedTuple):
    """A proposal whose upstream org is not the one the other proposals of its project use."""

    entry: LinkField
    link: FieldLink
    org: str
    usual: str
    other_project: Project | None


def _owner(link: FieldLink) -> str | None:
    if link.fetchable:
        ref = github_ref(link.url)
    elif link.found.kind == "shorthand":
        ref = github_ref(shorthand_url(link.url))
    else:
        return None
    return ref.owner if ref is not None and ref.owner else None


def _dominant(counts: Counter) -> str | None:
    """The most used org, if strictly more used than any other."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@per_document
def org_outliers(document: Document) -> tuple[OrgOutlier, ...]:
    """The proposals whose upstream org differs from the one the rest of their project uses."""
    return tuple(_outliers(document))


def _outliers(document: Document) -> Iterator[OrgOutlier]:
    rows: list[tuple[LinkField, FieldLink, str, frozenset[str]]] = []
    for entry in link_fields(document, (ISSUE_URL,)):
        if entry.proposal.project is None:
            continue
        owned = [(link, owner) for link in entry.links if (owner := _owner(link))]
        if owned:
            rows.append((entry, owned[0][0], owned[0][1], frozenset(o.casefold() for _, o in owned)))
    projects: dict[int, Project] = {}
    by_project: dict[int, list[int]] = {}
    for index, (entry, _, _, _) in enumerate(rows):
        line = entry.proposal.project.heading.span.line
        projects[line] = entry.proposal.project
        by_project.setdefault(line, []).append(index)
    totals = {line: Counter(o for i in members for o in rows[i][3]) for line, members in by_project.items()}
    usual_of = {line: _dominant(total) for line, total in totals.items()}
    for line, members in by_project.items():
        for index in members:
            entry, link, org, orgs = rows[index]
            usual = _dominant(totals[line] - Counter(orgs))
            if usual is None or usual in orgs:
                continue
            other = next((projects[l] for l, u in usual_of.items() if l != line and u is not None and u in orgs), None)
            yield OrgOutlier(entry, link, org, usual, other)
