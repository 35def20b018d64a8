"""The CNCF project list (cncf/mentoring's `projects.yml`): read it, and look projects up by name or GitHub org.

A copy ships with the package (data/projects.yml); config `cncf-projects` points at another.
PyYAML is imported only when a run needs the list, and the list is parsed once per run.
"""

from __future__ import annotations

import os
import re
from datetime import date
from typing import NamedTuple
from urllib.parse import urlsplit

from ..core.bounded_read import read_text
from .project_list_error import CncfProjectsError
from .layout import year_of_file

__all__ = ["CncfProjectsError", "ProjectList", "load_project_list"]

SHIPPED = "data/projects.yml"
_UPDATED = re.compile(r"^#\s*Last updated:\s*(\d{4})-(\d{2})-(\d{2})", re.M)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\w+://\S+")
_PARENTHETICAL = re.compile(r"\(([^)]*)\)")
_PARTS = re.compile(r"\s*(?:/|,|&|\band\b|\s[-–—:]\s)\s*", re.I)
_WORD = re.compile(r"[^\W_]+")
_STEM_MIN = 4  # a shorter name is no evidence that an org named `<name>…` is the project's


def fold(text: str) -> str:
    """Case and punctuation folded away: `OSCAL-COMPASS` and `OSCAL Compass` both give `oscalcompass`."""
    return "".join(_WORD.findall(text.casefold()))


def plain_name(heading: str) -> str:
    """A heading's words without Markdown link targets, bare URLs or emphasis."""
    return _URL.sub(" ", _LINK.sub(r"\1", heading)).strip(" *_`")


def covers(updated: date | None, path: str) -> bool:
    """Whether the list speaks for a file's term: the term's year is known and not older than the
    list (projects archived or renamed since an older term are no fault of its proposals)."""
    year = year_of_file(path)
    return year is not None and (updated is None or year >= updated.year)


class CncfProject(NamedTuple):
    """One entry of the list: its name, slug and the GitHub orgs it gives (repo_url's, homepage's)."""

    name: str
    slug: str
    orgs: tuple[str, ...]
    hosts: tuple[str, ...]  # homepage host labels such as `litmuschaos` (litmuschaos.io)
    repo: str = ""  # repo_url's `owner/name`, case-folded
    maturity: str = ""  # sandbox, incubating, graduated

    @property
    def stems(self) -> tuple[str, ...]:
        """Folded names an org of the project starts with (`kubernetes` for `kubernetes-sigs`)."""
        main = fold(_PARENTHETICAL.sub("", self.name))
        return tuple(s for s in dict.fromkeys((main, *map(fold, self.orgs))) if len(s) >= _STEM_MIN)

    def owns(self, org: str) -> bool:
        """The list gives this org, or the org is named after the project or its org (`thanos-community`)."""
        folded = fold(org)
        return any(fold(o) == folded for o in self.orgs) or any(folded.startswith(s) for s in self.stems)


class HeadingMatch(NamedTuple):
    """The project a heading names, and whether the heading names a sub-project of it (`Knative Functions`)."""

    project: CncfProject
    subproject: bool


class ProjectList:
    """The projects of one list file, looked up by folded name, alias, or leading words."""

    def __init__(self, source: str, updated: date | None, projects: tuple[CncfProject, ...]):
        self.source, self.updated, self.projects = source, updated, projects
        keys: dict[str, set[int]] = {}
        for index, project in enumerate(projects):
            for key in _keys(project):
                keys.setdefault(key, set()).add(index)
        self._keys = {key: projects[next(iter(found))] for key, found in keys.items() if len(found) == 1}
        self._words = [(tuple(fold(word) for word in p.name.split()), p) for p in projects]
        self._names = {fold(_PARENTHETICAL.sub("", p.name)): p for p in projects}
        self._owners: dict[str, tuple[CncfProject, ...]] = {}

    def covers(self, path: str) -> bool:
        return covers(self.updated, path)

    def match(self, heading: str) -> HeadingMatch | None:
        """The project a project heading names, folding case and punctuation; None if none."""
        text = plain_name(heading)
        for candidate in (text, _PARENTHETICAL.sub(" ", text)):
            if fold(candidate) in self._keys:
                return HeadingMatch(self._keys[fold(candidate)], False)
        for part in _PARTS.split(_PARENTHETICAL.sub(" ", text)):
            found = self._leading([word for word in map(fold, part.split()) if word])
            if found is not None:
                return found
        return None

    def _leading(self, words: list[str]) -> HeadingMatch | None:
        for size in range(len(words), 0, -1):
            project = self._keys.get("".join(words[:size]))
            if project is not None:
                return HeadingMatch(project, size < len(words))
        named = [p for names, p in self._words if words and len(names) > len(words) and list(names[:len(words)]) == words]
        return HeadingMatch(named[0], False) if len(named) == 1 else None

    def owners(self, org: str) -> tuple[CncfProject, ...]:
        """The projects the list gives this GitHub org (or that it is named after)."""
        key = org.casefold()
        if key not in self._owners:
            self._owners[key] = tuple(p for p in self.projects if p.owns(org))
        return self._owners[key]

    def owner(self, org: str, repo: str = "") -> CncfProject | None:
        """The one project a repository is (`kubernetes-sigs/headlamp`), else the one its org is."""
        key = f"{org}/{repo}".casefold()
        exact = [p for p in self.projects if repo and p.repo == key]
        owners = exact or self.owners(org)
        return owners[0] if len(owners) == 1 else None

    def home_of(self, org: str, repo: str = "") -> CncfProject | None:
        """The one project a repository belongs to: the project that is that repository, else the one
        named after its org (`kubernetes-sigs/cluster-api-provider-gcp` is Kubernetes', though
        Headlamp's repository is in that org too), else the one project the list gives the org."""
        key = f"{org}/{repo}".casefold()
        exact = [p for p in self.projects if repo and p.repo == key]
        if len(exact) == 1:
            return exact[0]
        owners = self.owners(org)
        named = [p for p in owners if any(fold(org).startswith(stem) for stem in p.stems[:1])]
        found = named or owners
        return found[0] if len(found) == 1 else None

    def closest(self, heading: str) -> str | None:
        """The project name closest to a heading that names none, for a did-you-mean."""
        import difflib

        name = fold(_PARENTHETICAL.sub(" ", plain_name(heading)))
        close = difflib.get_close_matches(name, list(self._names), n=1, cutoff=0.8)
        return self._names[close[0]].name if close else None


def _keys(project: CncfProject) -> set[str]:
    """Folded names a heading may use: the name, with and without its parenthetical, the
    parenthetical itself (`OPA`), the slug, and an org or homepage named like the project."""
    main = fold(_PARENTHETICAL.sub("", project.name))
    keys = {fold(project.name), main, fold(project.slug)}
    keys.update(fold(inner) for inner in _PARENTHETICAL.findall(project.name))
    for alias in map(fold, (*project.orgs, *project.hosts)):
        if (len(main) >= 3 and alias.startswith(main)) or (len(alias) > _STEM_MIN and main.startswith(alias)):
            keys.add(alias)
    return {key for key in keys if key}


class _Site(NamedTuple):
    """What a URL of the list says: a GitHub org and `owner/repo`, or else a host label."""

    org: str = ""
    repo: str = ""
    label: str = ""


def _site(url: str) -> _Site:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").casefold()
    path = parts.path.strip("/").split("/")
    if host in ("github.com", "www.github.com"):
        return _Site(path[0], "/".join(path[:2]).casefold() if len(path) >= 2 else "")
    if host.endswith(".github.io"):
        return _Site(host.removesuffix(".github.io"))
    labels = host.removeprefix("www.").split(".")
    return _Site(label=labels[-2] if len(labels) >= 2 else "")


def _entry(source: str, index: int, item) -> CncfProject:
    where = f"{source}: entry {index + 1}"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise CncfProjectsError(f"{where} has no `name`; each entry needs at least `name` (and `repo_url`)")
    values = {key: item.get(key) or "" for key in ("slug", "repo_url", "homepage")}
    if not all(isinstance(value, str) for value in values.values()):
        raise CncfProjectsError(f"{where} (`{item['name']}`): `slug`, `repo_url` and `homepage` must be strings")
    repo, home = _site(values["repo_url"]), _site(values["homepage"])
    orgs = tuple(dict.fromkeys(org for org in (repo.org, home.org) if org))
    hosts = (home.label,) if home.label else ()
    maturity = item.get("maturity")
    return CncfProject(item["name"].strip(), values["slug"].casefold(), orgs, hosts, repo.repo,
                       maturity.strip() if isinstance(maturity, str) else "")


class ListText(NamedTuple):
    """A list file's text and the date of its `# Last updated:` header, read without parsing the YAML."""

    source: str
    text: str
    updated: date | None


def read_list_text(path: str | None = None) -> ListText:
    """The text of the list at `path`, or of the shipped copy when `path` is None."""
    file = path or os.path.join(os.path.dirname(os.path.dirname(__file__)), SHIPPED)
    try:
        text = read_text(file, "utf-8-sig")
    except OSError as error:
        raise CncfProjectsError(f"cannot read the CNCF project list {file}: {error}") from None
    stamp = _UPDATED.search(text)
    try:
        updated = date(*map(int, stamp.groups())) if stamp else None
    except ValueError:
        updated = None
    return ListText(f"proposal_lint/{SHIPPED}" if path is None else path, text, updated)


def parse_list(listed: ListText) -> ProjectList:
    """Parse the YAML (PyYAML, with libyaml when present) into a ProjectList.

    The base loader keeps every scalar a string, so no project name is ever read as a boolean
    or a number (`NO`, `1.0`), and it is the quickest."""
    import yaml

    from ..core.yaml_depth import MAX_YAML_NESTING, nests_too_deeply

    if nests_too_deeply(listed.text):
        raise CncfProjectsError(f"{listed.source}: not a project list: it nests more than {MAX_YAML_NESTING} levels deep")
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        data = yaml.load(listed.text, Loader=loader)  # noqa: S506 - builds only str, list and dict
    except (yaml.YAMLError, RecursionError) as error:
        raise CncfProjectsError(f"{listed.source}: not valid YAML ({error})".replace("\n", " ")) from None
    if not isinstance(data, list):
        raise CncfProjectsError(f"{listed.source}: expected a YAML list of projects (`- name: ...`, `repo_url: ...`)")
    return ProjectList(listed.source, listed.updated, tuple(_entry(listed.source, i, item) for i, item in enumerate(data)))


def load_project_list(path: str | None = None) -> ProjectList:
    """Read and parse the list at `path` (the shipped copy when None)."""
    return parse_list(read_list_text(path))
