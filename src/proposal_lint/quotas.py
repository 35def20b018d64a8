"""How many proposals a project may have in one term: cncf's quotas.yml (shipped copy or a configured path).

Overrides are keyed by the project's name (lower case, spaces as `-`), its GitHub org or its
slug in the CNCF project list (cncf_projects).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .cncf_projects import ProjectList

SHIPPED = "quotas.yml"


class QuotaError(ValueError):
    """A quotas file cannot be read or has the wrong shape."""


class Quotas(NamedTuple):
    """The default quota per project and term, the overrides, and each project's other keys."""

    default: int
    overrides: dict[str, int]
    project_keys: dict[str, tuple[str, ...]]  # project name (casefolded) -> org, slug

    def keys_of(self, project: str) -> tuple[str, ...]:
        name = re.sub(r"\s+", "-", project.strip().lower())
        return tuple(dict.fromkeys(k for k in (name, *self.project_keys.get(project.strip().casefold(), ())) if k))

    def quota_for(self, project: str) -> int:
        return next((self.overrides[k] for k in self.keys_of(project) if k in self.overrides), self.default)


def _yaml(text: str, source: str):
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's when there
    except yaml.YAMLError as error:
        raise QuotaError(f"{source}: not valid YAML ({error})") from None


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise QuotaError(f"cannot read {path}: {error}") from None


def _project_keys(projects: ProjectList) -> dict[str, tuple[str, ...]]:
    """Each listed project's name (casefolded) -> its GitHub org and slug, the other keys of the overrides."""
    return {
        project.name.strip().casefold(): (project.orgs[0] if project.orgs else "", project.slug.lower())
        for project in projects.projects
    }


def load_quotas(path: str | None = None, projects: ProjectList | None = None) -> Quotas:
    """The quotas at `path` (default: the shipped copy of cncf's quotas.yml), keyed also by the
    org and slug the CNCF project list gives each project."""
    source = path or SHIPPED
    text = _read(path or os.path.join(os.path.dirname(__file__), "data", SHIPPED))
    data = _yaml(text, source)
    default = data.get("default_per_project_per_term") if isinstance(data, dict) else None
    overrides = (data.get("overrides") or {}) if isinstance(data, dict) else None
    if not isinstance(default, int) or not isinstance(overrides, dict) or \
            not all(isinstance(v, int) for v in overrides.values()):
        raise QuotaError(f"{source}: expected `default_per_project_per_term: <number>` and `overrides: {{key: number}}`")
    return Quotas(default, {str(k).lower(): v for k, v in overrides.items()}, _project_keys(projects) if projects else {})
