"""How many proposals a project may have in one term: cncf's quotas.yml (shipped copy or a configured path).

Overrides are keyed by the project's name (lower case, spaces as `-`), its GitHub org or its
slug in the CNCF project list (cncf_projects).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..core.bounded_read import read_text

if TYPE_CHECKING:
    from .projects import ProjectList

SHIPPED = "quotas.yml"
# The first LFX term whose call for proposals asked projects to limit themselves (2025 Term 2,
# "Please limit proposals to 4-5 proposals per CNCF project"); earlier terms had no quota, and
# GSoC has none of cncf's (Google allots the slots).
FIRST_TERM = (2025, 2)
# quotas.yml came with the issue-form intake of 2026 Term 3; before it, the call's "4-5" allowed five.
FILE_SINCE, CALL_LIMIT = (2026, 3), 5
_LFX_TERM = re.compile(r"(20\d\d) Term ([1-3])\b")


class QuotaError(ValueError):
    """A quotas file cannot be read or has the wrong shape."""


@dataclass
class Quotas:
    """The default quota per project and term, the overrides, and where each project's other keys come
    from (the CNCF project list, loaded only when a project's count needs its override)."""

    default: int
    overrides: dict[str, int]
    project_list: Callable[[], ProjectList | None] = lambda: None

    @cached_property
    def project_keys(self) -> dict[str, tuple[str, ...]]:
        """Project name (casefolded) -> its org and slug."""
        projects = self.project_list()
        return _project_keys(projects) if projects is not None else {}

    @property
    def lowest(self) -> int:
        """No project's quota is lower: a count up to it needs no lookup of the project."""
        return min([self.default, *self.overrides.values()])

    def keys_of(self, project: str) -> tuple[str, ...]:
        name = re.sub(r"\s+", "-", project.strip().lower())
        return tuple(dict.fromkeys(k for k in (name, *self.project_keys.get(project.strip().casefold(), ())) if k))

    @staticmethod
    def covers(term: str) -> bool:
        """Whether a quota applied in this term (`2026 Term 3 (Sep-Nov)`); a term not written that way
        (a GSoC year) had none."""
        return _when(term) >= FIRST_TERM

    def quota_for(self, project: str, term: str | None = None) -> int:
        """The project's quota; in a term before quotas.yml (`term` given) the call's five at least."""
        default = self.default if term is None or _when(term) >= FILE_SINCE else max(self.default, CALL_LIMIT)
        return next((self.overrides[k] for k in self.keys_of(project) if k in self.overrides), default)


def _when(term: str) -> tuple[int, int]:
    """(year, term number) of an LFX term's name; (0, 0) for any other."""
    match = _LFX_TERM.match(term.strip())
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def _yaml(text: str, source: str):
    import yaml

    from ..core.yaml_depth import MAX_YAML_NESTING, nests_too_deeply

    if nests_too_deeply(text):
        raise QuotaError(f"{source}: not a quotas file: it nests more than {MAX_YAML_NESTING} levels deep")
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's when there
    except (yaml.YAMLError, RecursionError) as error:
        raise QuotaError(f"{source}: not valid YAML ({error})") from None


def _read(path: str) -> str:
    try:
        return read_text(path)
    except OSError as error:
        raise QuotaError(f"cannot read {path}: {error}") from None


def _project_keys(projects: ProjectList) -> dict[str, tuple[str, ...]]:
    """Each listed project's name (casefolded) -> its GitHub org and slug, the other keys of the overrides."""
    return {
        project.name.strip().casefold(): (project.orgs[0] if project.orgs else "", project.slug.lower())
        for project in projects.projects
    }


def load_quotas(path: str | None = None, project_list: Callable[[], ProjectList | None] = lambda: None) -> Quotas:
    """The quotas at `path` (default: the shipped copy of cncf's quotas.yml), keyed also by the
    org and slug the CNCF project list (`project_list()`, called once if a count needs it) gives each project."""
    source = path or SHIPPED
    text = _read(path or os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", SHIPPED))
    data = _yaml(text, source)
    default = data.get("default_per_project_per_term") if isinstance(data, dict) else None
    overrides = (data.get("overrides") or {}) if isinstance(data, dict) else None
    if not isinstance(default, int) or not isinstance(overrides, dict) or \
            not all(isinstance(v, int) for v in overrides.values()):
        raise QuotaError(f"{source}: expected `default_per_project_per_term: <number>` and `overrides: {{key: number}}`")
    return Quotas(default, {str(k).lower(): v for k, v in overrides.items()}, project_list)
