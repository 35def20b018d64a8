"""Load the CNCF project list for a run, only when one of its rules could use it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..cncf.layout import year_of_file
from .project_headings import may_name_a_part

if TYPE_CHECKING:
    from ..cncf.projects import ProjectList


NAME_RULE = "PL105"
ORG_RULES = ("PL408", "PL409")
NESTING_RULE = "PL102"


def gather_project_list(documents: Sequence, list_path: str | None,
                        is_enabled: Callable[[str, str], bool]) -> ProjectList | None:
    """The list (`list_path`, else the shipped copy) if the run needs it, else None; `is_enabled(code,
    path)` says whether a rule runs on a file.

    PL105 needs it for a file with a project heading whose term (dated by its path) the list covers, or
    whose upstream issues are in an org not named after it (the heading may name a part of a project,
    `CAPG` in `kubernetes-sigs`, in any term); PL408/PL409 for a file where some project's proposals use
    more than one GitHub org; PL102 for a file with a project heading nested under another heading.
    Raises CncfProjectsError for a list that cannot be read.
    """
    headed = [d for d in documents if is_enabled(NAME_RULE, d.path) and any(p.project for p in d.proposals)]
    named = [d for d in headed if year_of_file(d.path) is not None]
    mixed = (_mixed_orgs(documents, is_enabled) or _nested_projects(documents, is_enabled)
             or any(may_name_a_part(d) for d in headed))
    if not named and not mixed:
        return None
    from ..cncf.projects import covers, parse_list, read_list_text

    listed = read_list_text(list_path)
    if mixed or any(covers(listed.updated, d.path) for d in named):
        return parse_list(listed)
    return None


def _nested_projects(documents: Sequence, is_enabled: Callable[[str, str], bool]) -> bool:
    return any(p.project is not None and p.project.within is not None
               for d in documents if is_enabled(NESTING_RULE, d.path) for p in d.proposals)


def _mixed_orgs(documents: Sequence, is_enabled: Callable[[str, str], bool]) -> bool:
    from .links.orgs import has_mixed_orgs

    return any(has_mixed_orgs(d) for d in documents if any(is_enabled(c, d.path) for c in ORG_RULES))
