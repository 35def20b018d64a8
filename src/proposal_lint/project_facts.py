"""Load the CNCF project list for a run, only when one of its rules could use it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .terms import term_year

if TYPE_CHECKING:
    from .cncf_projects import ProjectList


NAME_RULE = "PL105"
ORG_RULES = ("PL408", "PL409")


def gather_project_list(documents: Sequence, options) -> ProjectList | None:
    """The list (`options.cncf_projects`, else the shipped copy) if the run needs it, else None.

    PL105 needs it for a file with a project heading whose term (dated by its path) the list covers; PL408/PL409
    for a file where some project's proposals use more than one GitHub org. Raises
    CncfProjectsError for a list that cannot be read.
    """
    policy = options.rules
    named = [d for d in documents if policy.is_enabled(NAME_RULE, d.path) and term_year(d.path) is not None
             and any(p.project for p in d.proposals)]
    mixed = _mixed_orgs(documents, policy)
    if not named and not mixed:
        return None
    from .cncf_projects import covers, parse_list, read_list_text

    listed = read_list_text(options.cncf_projects)
    if mixed or any(covers(listed.updated, d.path) for d in named):
        return parse_list(listed)
    return None


def _mixed_orgs(documents: Sequence, policy) -> bool:
    from .links.orgs import has_mixed_orgs

    return any(has_mixed_orgs(d) for d in documents if any(policy.is_enabled(c, d.path) for c in ORG_RULES))
