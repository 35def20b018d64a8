"""How many proposals a project may have in one term: cncf's quotas.yml (shipped copy or a configured path).

Overrides are keyed by the project's name (lower case, spaces as `-`), its GitHub org or its
projects.yml slug; a configured projects.yml supplies the org and slug of each project.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

SHIPPED = "quotas.yml"
_ORG = re.compile(r"github\.com/(?P<org>[^/\s]+)/", re.I)


class QuotaError(ValueError):
    """A quotas or projects file cannot be read or has the wrong shape."""


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


def _project_keys(path: str) -> dict[str, tuple[str, ...]]:
    data = _yaml(_read(path), path)
    if not isinstance(data, list):
        raise QuotaError(f"{path}: expected a list of projects (name, slug, repo_url)")
    keys = {}
    for entry in data:
        if isinstance(entry, dict) and entry.get("name"):
            org = _ORG.search(str(entry.get("repo_url") or ""))
            keys[str(entry["name"]).strip().casefold()] = (
                org.group("org").lower() if org else "", str(entry.get("slug") or "").lower())
    return keys


def load_quotas(path: str | None = None, projects: str | None = None) -> Quotas:
    """The quotas at `path` (default: the shipped copy of cncf's quotas.yml), with projects.yml keys when given."""
    source = path or SHIPPED
    text = _read(path) if path else resources.files(__package__).joinpath("data", SHIPPED).read_text("utf-8")
    data = _yaml(text, source)
    default = data.get("default_per_project_per_term") if isinstance(data, dict) else None
    overrides = (data.get("overrides") or {}) if isinstance(data, dict) else None
    if not isinstance(default, int) or not isinstance(overrides, dict) or \
            not all(isinstance(v, int) for v in overrides.values()):
        raise QuotaError(f"{source}: expected `default_per_project_per_term: <number>` and `overrides: {{key: number}}`")
    return Quotas(default, {str(k).lower(): v for k, v in overrides.items()}, _project_keys(projects) if projects else {})
